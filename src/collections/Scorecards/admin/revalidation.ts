import type { Payload, TypedUser } from 'payload'

import { labelExpiry } from '@/lib/evaluation/aggregate'
import { evaluationRules } from '@/lib/evaluation/settings'

const LIST = '/admin/collections/scorecards'

type Condition = Record<string, Record<string, string | number | Array<string | number>>>

/** A list URL the admin's filter builder reads back: one `or` group of `and` conditions. */
export function scorecardListUrl(conditions: Condition[]): string {
  const query = new URLSearchParams()
  conditions.forEach((condition, index) => {
    for (const [field, operators] of Object.entries(condition)) {
      for (const [operator, value] of Object.entries(operators)) {
        query.append(`where[or][0][and][${index}][${field}][${operator}]`, Array.isArray(value) ? value.join(',') : String(value))
      }
    }
  })
  return `${LIST}?${query.toString()}`
}

export type ScorecardQueue = { href: string; count: number }

const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number))

/** Results that wait for an editor's consensus decision. */
export async function consensusQueue(payload: Payload, user: TypedUser): Promise<ScorecardQueue> {
  const conditions: Condition[] = [{ status: { equals: 'needs_consensus' } }]
  const { totalDocs } = await payload.count({ collection: 'scorecards', where: { and: conditions }, overrideAccess: false, user })
  return { href: scorecardListUrl(conditions), count: totalDocs }
}

/**
 * Labels that expire within the notice period (a setting) or have expired, on each practice's
 * latest result: a label already renewed by a later round is left out.
 */
export async function revalidationQueue(payload: Payload, user: TypedUser, now: Date = new Date()): Promise<ScorecardQueue> {
  const { revalidationNoticeMonths } = await evaluationRules(payload)
  const before = labelExpiry(now, revalidationNoticeMonths).toISOString()
  const due: Condition[] = [{ status: { equals: 'labelled' } }, { labelExpiresAt: { less_than: before } }]
  const candidates = await payload.find({
    collection: 'scorecards',
    where: { and: due },
    depth: 0,
    pagination: false,
    select: { practice: true, round: true },
    overrideAccess: false,
    user,
  })
  const practices = [...new Set(candidates.docs.map((scorecard) => idOf(scorecard.practice)))]
  const latestRound = new Map<number, number>()
  if (practices.length) {
    const all = await payload.find({
      collection: 'scorecards',
      where: { practice: { in: practices } },
      depth: 0,
      pagination: false,
      select: { practice: true, round: true },
      overrideAccess: false,
      user,
    })
    for (const scorecard of all.docs) {
      const practice = idOf(scorecard.practice)
      latestRound.set(practice, Math.max(latestRound.get(practice) ?? 0, scorecard.round))
    }
  }
  const superseded = candidates.docs.filter((scorecard) => scorecard.round < (latestRound.get(idOf(scorecard.practice)) ?? 0)).map((scorecard) => scorecard.id)
  const conditions: Condition[] = superseded.length ? [...due, { id: { not_in: superseded } }] : due
  return { href: scorecardListUrl(conditions), count: candidates.docs.length - superseded.length }
}
