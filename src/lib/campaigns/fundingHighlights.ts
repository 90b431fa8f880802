import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { FundingStatus } from '@/lib/funding/options'
import { parseFundingSearchParams } from '@/lib/funding/params'
import { type FundingMatch, matchFunding } from '@/lib/funding/search/matchFunding'
import { fundingStatus } from '@/lib/funding/status'
import { fundingCards } from '@/lib/funding/view/cards'
import type { FundingCardView } from '@/lib/funding/view/types'
import type { FundingHighlightsBlock } from '@/payload-types'
import { pickedIds } from './featuredPractices'
import { savedSearchParams } from './savedQuery'

export type FundingHighlightsInput = Pick<FundingHighlightsBlock, 'mode' | 'actions' | 'query' | 'limit'>

export const DEFAULT_FUNDING_LIMIT = 3
const OPEN: FundingStatus[] = ['closing_soon', 'open']

/** Hand-picked actions that the public can read and that have not closed, in the editor's order. */
async function pickedMatches(payload: Payload, ids: number[], locale: Locale, now: Date): Promise<FundingMatch[]> {
  const { docs } = await payload.find({
    collection: 'funding-actions',
    where: { id: { in: ids } },
    locale,
    depth: 0,
    limit: ids.length,
    pagination: false,
    joins: false,
    overrideAccess: false,
    select: { slug: true, title: true, dates: true, publishedAt: true, lastVerifiedAt: true },
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => {
    const doc = byId.get(id)
    if (!doc) return []
    const status = fundingStatus(doc.dates ?? {}, now)
    if (status === 'closed') return []
    return [
      {
        actionId: doc.id,
        slug: doc.slug,
        title: doc.title,
        status,
        opensAt: doc.dates?.opensAt ?? null,
        closesAt: doc.dates?.closesAt ?? null,
        rolling: Boolean(doc.dates?.rolling),
        publishedAt: doc.publishedAt ?? null,
        lastVerifiedAt: doc.lastVerifiedAt ?? null,
        reasons: [],
      },
    ]
  })
}

/**
 * The funding actions a funding-highlights block shows, as cards: hand-picked published actions
 * that have not closed, in the editor's order; or the saved /funding search narrowed to actions
 * open now (open or closing soon), the next deadline first, through the funding search's one
 * matching function. At most `limit`.
 */
export async function findFundingHighlights(
  payload: Payload,
  block: FundingHighlightsInput,
  locale: Locale,
  now: Date = new Date(),
): Promise<FundingCardView[]> {
  const limit = block.limit ?? DEFAULT_FUNDING_LIMIT
  let matches: FundingMatch[]
  if (block.mode === 'manual') {
    const ids = pickedIds(block.actions).slice(0, limit)
    matches = ids.length ? await pickedMatches(payload, ids, locale, now) : []
  } else {
    const saved = parseFundingSearchParams(savedSearchParams(block.query))
    const statuses = saved.statuses.filter((status) => OPEN.includes(status))
    const params = { ...saved, statuses: statuses.length ? statuses : OPEN, showClosed: false, sort: 'closing' as const, page: 1 }
    matches = (await matchFunding(payload, params, locale, { now, limit })).matches
  }
  return fundingCards(payload, matches, locale, null, now)
}
