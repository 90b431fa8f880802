import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cache/tags'
import { getEditions } from '@/lib/events/view/cached'
import { getPayloadClient } from '@/lib/payload'
import { findFeaturedPractices } from './featuredPractices'
import { findFundingHighlights } from './fundingHighlights'
import { getKeyFigures } from './keyFigures'
import type { BlockDataSource } from './resolveLayout'

const practiceTags = [cacheTags.practices, cacheTags.geography, cacheTags.themes]
const fundingTags = [cacheTags.funding, cacheTags.organisations, cacheTags.geography, cacheTags.themes]

/** What a block asks for, as a cache key: the same block content gives the same entry. */
const blockKey = (block: { mode?: string | null; query?: string | null; limit?: number | null }, ids: unknown[] | null | undefined) =>
  JSON.stringify([block.mode ?? '', block.query ?? '', block.limit ?? null, (ids ?? []).map((value) => (typeof value === 'object' && value ? (value as { id: unknown }).id : value))])

/**
 * The data blocks' reads through the data cache, each entry under the tags of what it shows, so
 * a practice or funding change refreshes the pages that show it (and a page's render collects these
 * tags, outside of the campaign's own entry: nested entries would not pass their tags up).
 */
export const cachedSource: BlockDataSource = {
  keyFigures: getKeyFigures,
  featuredPractices: (block, locale) =>
    unstable_cache(async () => findFeaturedPractices(await getPayloadClient(), block, locale), ['campaign-featured-practices', locale, blockKey(block, block.practices)], {
      tags: practiceTags,
    })(),
  fundingHighlights: (block, locale) =>
    unstable_cache(async () => findFundingHighlights(await getPayloadClient(), block, locale), ['campaign-funding-highlights', locale, blockKey(block, block.actions)], {
      tags: fundingTags,
      // A status (closing soon, closed) changes with time alone.
      revalidate: 300,
    })(),
  editions: getEditions,
}
