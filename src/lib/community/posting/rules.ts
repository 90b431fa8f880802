import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlRunner } from '@/lib/practices/database'
import type { Member } from '@/payload-types'
import { countLinks } from '../markdown'
import { type CommunityRules, limitsFor } from '../settings'
import { utcDateAndTime } from './messages'
import { Refusal } from './refusal'
import type { Locale } from '@/i18n/locales'

const DAY_MS = 86_400_000

/** Suspended or silenced members read but do not write; the refusal says until when. */
export function assertNotSanctioned(member: Member, now: Date, locale: Locale): void {
  for (const [code, until] of [
    ['suspended', member.moderation?.suspendedUntil],
    ['silenced', member.moderation?.silencedUntil],
  ] as const) {
    if (until && new Date(until).getTime() > now.getTime()) throw new Refusal(code, utcDateAndTime(locale, new Date(until)))
  }
}

export function assertLinksWithinLimit(member: Member, rules: CommunityRules, body: string): void {
  const limit = limitsFor(rules, member.moderation?.trustLevel).linksPerPost
  const count = countLinks(body)
  if (count > limit) throw new Refusal('tooManyLinks', { limit, count })
}

/**
 * Locks the member's row until the transaction ends and returns it as it is now: two submissions of
 * hers then take turns, so the second counts the first (daily limits hold under parallel posts).
 */
export async function lockMember(payload: Payload, memberId: number, req: PayloadRequest): Promise<Member | null> {
  const db = await sqlRunner(payload, req)
  const { rows } = await db.execute(sql`SELECT id FROM members WHERE id = ${memberId} FOR UPDATE`)
  if (rows.length === 0) return null
  return payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true, req, disableErrors: true })
}

/**
 * Her threads (or replies) created in the 24 hours before `now`, whatever their state. At the limit,
 * the refusal says when the oldest of them leaves the window.
 */
export async function assertDailyLimit(payload: Payload, member: Member, rules: CommunityRules, what: 'threads' | 'replies', now: Date, locale: Locale, req: PayloadRequest): Promise<void> {
  const limits = limitsFor(rules, member.moderation?.trustLevel)
  const limit = what === 'threads' ? limits.threadsPerDay : limits.repliesPerDay
  const db = await sqlRunner(payload, req)
  const since = new Date(now.getTime() - DAY_MS).toISOString()
  const kind = what === 'threads' ? sql`thread_id IS NULL` : sql`thread_id IS NOT NULL`
  const { rows } = await db.execute(
    sql`SELECT created_at FROM community_posts WHERE author_id = ${member.id} AND ${kind} AND created_at > ${since} ORDER BY created_at ASC`,
  )
  if (rows.length < limit) return
  const freedAt = new Date(new Date(String(rows[rows.length - limit].created_at)).getTime() + DAY_MS)
  const isNew = (member.moderation?.trustLevel ?? 0) === 0
  const code = what === 'threads' ? (isNew ? 'threadsPerDayNew' : 'threadsPerDay') : isNew ? 'repliesPerDayNew' : 'repliesPerDay'
  throw new Refusal(code, { limit, ...utcDateAndTime(locale, freedAt) })
}

/** A new member's first posts wait for review until enough of hers were published. */
export const isHeld = (member: Member, rules: CommunityRules): boolean => (member.moderation?.publishedPosts ?? 0) < rules.heldPosts
