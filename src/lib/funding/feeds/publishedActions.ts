import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { FundingAction } from '@/payload-types'
import type { FundingSearchParams } from '../params'
import { type FundingMatch, matchFunding } from '../search/matchFunding'

/** The most rows an export or feed holds (the whole published database, for now). */
export const FEED_MAX_ROWS = 10_000
const CHUNK = 500

export type MatchedAction = { match: FundingMatch; action: FundingAction }

/**
 * The full documents of matched actions, read as the public reads them (`overrideAccess: false`,
 * no user): a draft or an unpublished action cannot come back even if the index were stale, and
 * staff-only fields (who verified an entry) are stripped by their field access.
 */
export async function readPublishedActions(payload: Payload, ids: number[], locale: Locale): Promise<Map<number, FundingAction>> {
  const documents = new Map<number, FundingAction>()
  for (let start = 0; start < ids.length; start += CHUNK) {
    const { docs } = await payload.find({
      collection: 'funding-actions',
      where: { id: { in: ids.slice(start, start + CHUNK) } },
      locale,
      depth: 1,
      populate: { themes: { slug: true, name: true }, countries: { code: true, name: true }, organisations: { name: true, acronym: true } },
      pagination: false,
      overrideAccess: false,
      user: null,
    })
    for (const doc of docs) documents.set(doc.id, doc)
  }
  return documents
}

/**
 * The actions answering a search, in the search's order, with their full documents: the one path
 * of the feeds, exports and alerts, through `matchFunding` like the search page.
 */
export async function matchedActions(
  payload: Payload,
  params: FundingSearchParams,
  locale: Locale,
  options: { now?: Date; limit?: number; publishedAfter?: Date; keep?: (match: FundingMatch) => boolean } = {},
): Promise<{ total: number; actions: MatchedAction[] }> {
  const { total, matches } = await matchFunding(payload, { ...params, page: 1 }, locale, {
    now: options.now,
    limit: options.limit ?? FEED_MAX_ROWS,
    publishedAfter: options.publishedAfter,
  })
  const kept = options.keep ? matches.filter(options.keep) : matches
  const documents = await readPublishedActions(payload, kept.map((match) => match.actionId), locale)
  const actions = kept.flatMap((match) => {
    const action = documents.get(match.actionId)
    return action ? [{ match, action }] : []
  })
  return { total, actions }
}
