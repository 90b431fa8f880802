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

type Props = {
  blocks: ResolvedBlock[]
  locale: Locale
  campaign: { id: number; slug: string }
  /** A staff preview: links are not counted. */
  draft?: boolean
}

/** A campaign's layout, one component per block; an unknown block renders nothing rather than breaking the page. */
export function RenderCampaignBlocks({ blocks, locale, campaign, draft = false }: Props) {
  return (
    <>
      {blocks.map((block, index) => {
        const key = block.id ?? `${block.blockType}-${index}`
        switch (block.blockType) {
          case 'hero':
            return <HeroBlock key={key} {...block} locale={locale} first={index === 0} />
          case 'richText':
            return <RichTextBlock key={key} {...block} />
          case 'mediaBlock':
            return <MediaBlock key={key} {...block} locale={locale} />
          case 'keyFigures':
            return <KeyFiguresBlock key={key} {...block} locale={locale} />
          case 'featuredPractices':
            return <FeaturedPracticesBlock key={key} {...block} locale={locale} />
          case 'fundingHighlights':
            return <FundingHighlightsBlock key={key} {...block} locale={locale} />
          case 'event':
            return <EventTeaserBlock key={key} {...block} locale={locale} />
          case 'quote':
            return <QuoteBlock key={key} {...block} />
          case 'cta':
            return <CtaBlock key={key} {...block} locale={locale} campaign={campaign} draft={draft} />
          case 'newsletterSignup':
            return <NewsletterSignupBlock key={key} {...block} locale={locale} campaign={campaign} />
          case 'faq':
            return <FaqBlock key={key} {...block} locale={locale} />
          case 'partners':
            return <PartnerLogosBlock key={key} {...block} locale={locale} />
          default:
            return null
        }
      })}
    </>
  )
}
