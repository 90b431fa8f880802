import { Fragment } from 'react'

import type { Locale } from '@/i18n/locales'
import type { ResolvedBlock } from '@/lib/campaigns/types'
import { CtaBlock } from './Cta/Component'
import { EventTeaserBlock } from './EventTeaser/Component'
import { FaqBlock } from './Faq/Component'
import { FeaturedPracticesBlock } from './FeaturedPractices/Component'
import { FundingHighlightsBlock } from './FundingHighlights/Component'
import { HeroBlock } from './Hero/Component'
import { KeyFiguresBlock } from './KeyFigures/Component'
import { MediaBlock } from './MediaBlock/Component'
import { NewsletterSignupBlock } from './NewsletterSignup/Component'
import { PartnerLogosBlock } from './PartnerLogos/Component'
import { QuoteBlock } from './Quote/Component'
import { RichTextBlock } from './RichText/Component'

type Campaign = { id: number; slug: string }

type Props = {
  blocks: ResolvedBlock[]
  locale: Locale
  campaign: Campaign
  /** A staff preview: links are not counted. */
  draft?: boolean
  /** The layout is the English one shown in another language: what editors wrote is marked as English. */
  fallback?: boolean
}

/** Blocks whose every word is the editor's; the others mix the editor's heading with data in the page's language. */
const AUTHORED = new Set<ResolvedBlock['blockType']>(['hero', 'richText', 'mediaBlock', 'quote', 'cta', 'faq', 'partners'])

type Context = { locale: Locale; campaign: Campaign; draft: boolean; authoredLang: 'en' | undefined; first: boolean }

function CampaignBlock({ block, context }: { block: ResolvedBlock; context: Context }) {
  const { locale, campaign, draft, authoredLang, first } = context
  switch (block.blockType) {
    case 'hero':
      return <HeroBlock {...block} locale={locale} pageHeading={first} campaign={campaign} draft={draft} />
    case 'richText':
      return <RichTextBlock {...block} />
    case 'mediaBlock':
      return <MediaBlock {...block} locale={locale} />
    case 'keyFigures':
      return <KeyFiguresBlock {...block} locale={locale} authoredLang={authoredLang} />
    case 'featuredPractices':
      return <FeaturedPracticesBlock {...block} locale={locale} authoredLang={authoredLang} />
    case 'fundingHighlights':
      return <FundingHighlightsBlock {...block} locale={locale} authoredLang={authoredLang} />
    case 'event':
      return <EventTeaserBlock {...block} locale={locale} authoredLang={authoredLang} />
    case 'quote':
      return <QuoteBlock {...block} />
    case 'cta':
      return <CtaBlock {...block} locale={locale} campaign={campaign} draft={draft} />
    case 'newsletterSignup':
      return <NewsletterSignupBlock {...block} locale={locale} campaign={campaign} />
    case 'faq':
      return <FaqBlock {...block} locale={locale} />
    case 'partners':
      return <PartnerLogosBlock {...block} locale={locale} />
    default:
      return null
  }
}

/**
 * A campaign's layout, one component per block; an unknown block renders nothing rather than
 * breaking the page. A hero that opens the page carries its main heading.
 */
export function RenderCampaignBlocks({ blocks, locale, campaign, draft = false, fallback = false }: Props) {
  const authoredLang = fallback ? 'en' : undefined
  return (
    <>
      {blocks.map((block, index) => {
        const key = block.id ?? `${block.blockType}-${index}`
        const rendered = <CampaignBlock block={block} context={{ locale, campaign, draft, authoredLang, first: index === 0 }} />
        return fallback && AUTHORED.has(block.blockType) ? (
          <div key={key} lang="en">
            {rendered}
          </div>
        ) : (
          <Fragment key={key}>{rendered}</Fragment>
        )
      })}
    </>
  )
}

/** Whether the layout opens with a hero, whose heading is then the page's main heading. */
export const opensWithHero = (blocks: ResolvedBlock[]): boolean => blocks[0]?.blockType === 'hero'
