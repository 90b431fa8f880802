import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relationId'
import { findPublicPractices, toPracticeCard } from '@/lib/practices/practiceCards'
import { parsePracticeSearchParams, type PracticeCard, searchPractices } from '@/lib/practices/search'
import type { FeaturedPracticesBlock } from '@/payload-types'
import { savedSearchParams } from './savedQuery'

export type FeaturedPracticesInput = Pick<FeaturedPracticesBlock, 'mode' | 'practices' | 'query' | 'limit'>

export const DEFAULT_FEATURED_LIMIT = 6

/** The ids a hand-picked block names, in its order, once each. */
export const pickedIds = (values: unknown[] | null | undefined): number[] => [...new Set((values ?? []).map(relationId).filter(Number.isFinite))]

/**
 * The practices a featured-practices block shows, as cards: the hand-picked ones that are
 * published, in the editor's order; or the first results of the saved /practices search, run
 * through the repository's own search (which holds published practices only). At most `limit`.
 */
export async function findFeaturedPractices(payload: Payload, block: FeaturedPracticesInput, locale: Locale): Promise<PracticeCard[]> {
  const limit = block.limit ?? DEFAULT_FEATURED_LIMIT
  if (block.mode === 'query') {
    const params = { ...parsePracticeSearchParams(savedSearchParams(block.query)), page: 1 }
    const result = await searchPractices(params, locale, { payload })
    return result.items.slice(0, limit)
  }
  const ids = pickedIds(block.practices).slice(0, limit)
  if (ids.length === 0) return []
  const practices = await findPublicPractices(payload, { where: { id: { in: ids } }, locale, limit: ids.length })
  const byId = new Map(practices.map((practice) => [practice.id, toPracticeCard(practice)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
