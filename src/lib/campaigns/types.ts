import type { EditionSummary } from '@/lib/events/view/types'
import type { FundingCardView } from '@/lib/funding/view/types'
import type { PracticeCard } from '@/lib/practices/search/types'
import type {
  Campaign,
  EventTeaserBlock,
  FeaturedPracticesBlock,
  FundingHighlightsBlock,
  KeyFiguresBlock,
  Media,
} from '@/payload-types'
import type { KeyFigureMetric } from './options'

export type CampaignLayout = NonNullable<Campaign['layout']>
export type CampaignBlock = CampaignLayout[number]

/** One figure of a key-figures block, computed from published data. */
export type KeyFigureView = { metric: KeyFigureMetric; label: string | null; value: number }

/** Blocks that show GKEC data carry it, read as the public reads it; the others are as authored. */
export type ResolvedBlock =
  | Exclude<CampaignBlock, { blockType: 'keyFigures' | 'featuredPractices' | 'fundingHighlights' | 'event' }>
  | (KeyFiguresBlock & { values: KeyFigureView[] })
  | (FeaturedPracticesBlock & { items: PracticeCard[] })
  | (FundingHighlightsBlock & { items: FundingCardView[] })
  | (EventTeaserBlock & { upcoming: EditionSummary | null })

/** Which of a campaign's texts are shown in English because the language has none of its own. */
export type CampaignFallback = { layout: boolean; title: boolean; summary: boolean }

/** A campaign as its landing page shows it. */
export type CampaignView = {
  id: number
  slug: string
  title: string
  summary: string | null
  layout: ResolvedBlock[]
  /** True when this language has no layout of its own and the English one is shown. */
  fallback: boolean
  fallbackOf: CampaignFallback
  meta: { title: string; description: string | null; image: Media | null; noIndex: boolean }
  /** The hero's image, the share image's source when no SEO image is uploaded. */
  heroImage: Media | null
  utm: { source: string; medium: string; campaign: string }
  startsAt: string | null
  endsAt: string | null
  updatedAt: string
}

/** A campaign in the list of current campaigns. */
export type CampaignSummary = { id: number; slug: string; title: string; summary: string | null; endsAt: string | null; image: Media | null }
