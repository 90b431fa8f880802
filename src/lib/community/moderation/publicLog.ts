import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { sqlRunner } from '@/lib/practices/database'
import type { ModerationActionKind, ModerationReason } from '../options'

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** `YYYY-MM` of a date, in UTC. */
export const monthOf = (date: Date): string => date.toISOString().slice(0, 7)

/** A valid `YYYY-MM` no later than the current month, or null. */
export function parseMonth(value: unknown, now: Date = new Date()): string | null {
  if (typeof value !== 'string' || !MONTH.test(value)) return null
  return value <= monthOf(now) && value >= '2000-01' ? value : null
}

const shift = (month: string, by: number): string => {
  const [year, index] = month.split('-').map(Number)
  return monthOf(new Date(Date.UTC(year, index - 1 + by, 1)))
}

/**
 * One month of the public log: counts only — by action, by reason, automatic hides — and the
 * neighbouring months that can be shown. No names, posts, members or moderators.
 */
export type MonthlyLog = {
  month: string
  total: number
  automatic: number
  byAction: Array<{ action: ModerationActionKind; count: number }>
  byReason: Array<{ reason: ModerationReason | null; count: number }>
  previous: string | null
  next: string | null
}

export async function monthlyLog(payload: Payload, month: string, now: Date = new Date()): Promise<MonthlyLog> {
  const start = new Date(`${month}-01T00:00:00.000Z`)
  const end = new Date(`${shift(month, 1)}-01T00:00:00.000Z`)
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`
    SELECT action::text AS action, reason::text AS reason, coalesce(automatic, false) AS automatic, count(*)::int AS count
    FROM moderation_actions
    WHERE created_at >= ${start.toISOString()} AND created_at < ${end.toISOString()}
    GROUP BY 1, 2, 3`)
  const { rows: first } = await db.execute(sql`SELECT min(created_at) AS first FROM moderation_actions`)
  const firstMonth = first[0]?.first ? monthOf(new Date(String(first[0].first))) : null

  const byAction = new Map<ModerationActionKind, number>()
  const byReason = new Map<ModerationReason | null, number>()
  let total = 0
  let automatic = 0
  for (const row of rows) {
    const count = Number(row.count)
    total += count
    if (row.automatic) automatic += count
    const action = row.action as ModerationActionKind
    const reason = (row.reason as ModerationReason | null) ?? null
    byAction.set(action, (byAction.get(action) ?? 0) + count)
    byReason.set(reason, (byReason.get(reason) ?? 0) + count)
  }
  const sorted = <K>(map: Map<K, number>) => [...map.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
  const previous = shift(month, -1)
  const next = shift(month, 1)
  return {
    month,
    total,
    automatic,
    byAction: sorted(byAction).map(([action, count]) => ({ action, count })),
    byReason: sorted(byReason).map(([reason, count]) => ({ reason, count })),
    previous: firstMonth && previous >= firstMonth ? previous : null,
    next: next <= monthOf(now) ? next : null,
  }
}

/** The public page's data, cached until the moderation service logs an action (tag `moderation-log`). */
export const cachedMonthlyLog = (month: string): Promise<MonthlyLog> =>
  unstable_cache(async () => monthlyLog(await getPayloadClient(), month), ['moderation-log', month], {
    tags: [cacheTags.moderationLog],
    // The current month's "next" link appears when the month turns, without any new action.
    revalidate: 3600,
  })()
