import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { findPublicEditions } from '@/lib/events/view/editions'
import type { EditionSummary } from '@/lib/events/view/types'
import type { FundingCardView } from '@/lib/funding/view/types'
import type { PracticeCard } from '@/lib/practices/search/types'
import { teaserEdition } from './eventTeaser'
import { findFeaturedPractices, type FeaturedPracticesInput } from './featuredPractices'
import { findFundingHighlights, type FundingHighlightsInput } from './fundingHighlights'
import { computeKeyFigures, featuredEmissions, type SiteKeyFigures } from './keyFigures'
import type { CampaignLayout, ResolvedBlock } from './types'

/** Where the data blocks get their data: straight from the database, or through the data cache. */
export type BlockDataSource = {
  keyFigures: () => Promise<SiteKeyFigures>
  featuredPractices: (block: FeaturedPracticesInput, locale: Locale) => Promise<PracticeCard[]>
  fundingHighlights: (block: FundingHighlightsInput, locale: Locale) => Promise<FundingCardView[]>
  editions: (locale: Locale) => Promise<EditionSummary[]>
}

/** Uncached reads, for scripts and tests (and the cached reads' own work). */
export const databaseSource = (payload: Payload): BlockDataSource => ({
  keyFigures: () => computeKeyFigures(payload),
  featuredPractices: (block, locale) => findFeaturedPractices(payload, block, locale),
  fundingHighlights: (block, locale) => findFundingHighlights(payload, block, locale),
  editions: (locale) => findPublicEditions(payload, locale),
})

/**
 * A layout with each data block's data read as the public reads it. The featured practices come
 * first: the "emissions avoided by the featured practices" figure sums over the practices the
 * page's featured-practices blocks actually show.
 */
export async function resolveLayout(layout: CampaignLayout, locale: Locale, source: BlockDataSource): Promise<ResolvedBlock[]> {
  const featured = new Map<number, PracticeCard[]>()
  for (const [index, block] of layout.entries()) {
    if (block.blockType === 'featuredPractices') featured.set(index, await source.featuredPractices(block, locale))
  }
  const needsFigures = layout.some((block) => block.blockType === 'keyFigures')
  const figures = needsFigures ? await source.keyFigures() : null
  const needsEditions = layout.some((block) => block.blockType === 'event')
  const editions = needsEditions ? await source.editions(locale) : []
  const emissionsFeatured = featuredEmissions([...featured.values()].flat())

  const resolved: ResolvedBlock[] = []
  for (const [index, block] of layout.entries()) {
    switch (block.blockType) {
      case 'featuredPractices':
        resolved.push({ ...block, items: featured.get(index) ?? [] })
        break
      case 'fundingHighlights':
        resolved.push({ ...block, items: await source.fundingHighlights(block, locale) })
        break
      case 'keyFigures':
        resolved.push({
          ...block,
          values: (block.figures ?? []).map(({ metric, label }) => ({
            metric,
            label: label?.trim() || null,
            value: metric === 'emissionsFeatured' ? emissionsFeatured : (figures?.[metric] ?? 0),
          })),
        })
        break
      case 'event':
        resolved.push({ ...block, upcoming: teaserEdition(editions, block.edition) })
        break
      default:
        resolved.push(block)
    }
  }
  return resolved
}
