import type { Block } from 'payload'

import { CtaBlock } from './Cta/config'
import { EventTeaserBlock } from './EventTeaser/config'
import { FaqBlock } from './Faq/config'
import { FeaturedPracticesBlock } from './FeaturedPractices/config'
import { FundingHighlightsBlock } from './FundingHighlights/config'
import { HeroBlock } from './Hero/config'
import { KeyFiguresBlock } from './KeyFigures/config'
import { MediaBlock } from './MediaBlock/config'
import { NewsletterSignupBlock } from './NewsletterSignup/config'
import { PartnerLogosBlock } from './PartnerLogos/config'
import { QuoteBlock } from './Quote/config'
import { RichTextBlock } from './RichText/config'

/** The blocks a campaign landing page is built from. */
export const campaignBlocks: Block[] = [
  HeroBlock,
  RichTextBlock,
  MediaBlock,
  KeyFiguresBlock,
  FeaturedPracticesBlock,
  FundingHighlightsBlock,
  EventTeaserBlock,
  QuoteBlock,
  CtaBlock,
  NewsletterSignupBlock,
  FaqBlock,
  PartnerLogosBlock,
]

/** A newsletter issue uses the same blocks, less those an e-mail cannot hold (a form, <details>). */
export const newsletterBlocks: Block[] = campaignBlocks.filter((block) => !['newsletterSignup', 'faq'].includes(block.slug))
