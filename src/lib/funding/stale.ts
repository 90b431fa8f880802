import type { Payload, PayloadRequest, Where } from 'payload'

import type { User } from '@/payload-types'
import { staleBefore } from './verification'

/** Entries never verified, or last verified before the staleness limit (see verification.ts). */
export function staleWhere(now: Date = new Date()): Where {
  return { or: [{ lastVerifiedAt: { less_than: staleBefore(now).toISOString() } }, { lastVerifiedAt: { exists: false } }] }
}

/**
 * The admin list of funding actions filtered to the stale entries, oldest verification first. The
 * list's filter reads `where[or][i][and][j]…`, so the editor sees (and can change) the condition.
 */
export function staleListHref(adminRoute: string, now: Date = new Date()): string {
  const params = new URLSearchParams({
    'where[or][0][and][0][lastVerifiedAt][less_than]': staleBefore(now).toISOString(),
    'where[or][1][and][0][lastVerifiedAt][exists]': 'false',
    sort: 'lastVerifiedAt',
  })
  return `${adminRoute.replace(/\/$/, '')}/collections/funding-actions?${params.toString()}`
}

export type StaleEntry = { id: number; title: string; status: 'draft' | 'published'; lastVerifiedAt: string | null; daysSince: number | null }

type Reader = { user: User | PayloadRequest['user'] | undefined; req?: PayloadRequest; now?: Date }

const DAY = 24 * 60 * 60 * 1000

/**
 * The stale entries as an editor sees them in the admin (each entry's latest version, draft or
 * published), oldest verification first, never-verified ones on top.
 */
export async function findStaleFundingActions(payload: Payload, { user, req, now = new Date() }: Reader, limit = 100): Promise<{ total: number; entries: StaleEntry[] }> {
  const { docs, totalDocs } = await payload.find({
    collection: 'funding-actions',
    where: staleWhere(now),
    draft: true,
    sort: 'lastVerifiedAt',
    limit,
    depth: 0,
    select: { title: true, lastVerifiedAt: true, _status: true },
    overrideAccess: false,
    user,
    req,
  })
  const entries = docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    status: doc._status === 'published' ? ('published' as const) : ('draft' as const),
    lastVerifiedAt: doc.lastVerifiedAt ?? null,
    daysSince: doc.lastVerifiedAt ? Math.floor((now.getTime() - new Date(doc.lastVerifiedAt).getTime()) / DAY) : null,
  }))
  // Never verified first: they are the furthest from their source.
  return { total: totalDocs, entries: [...entries.filter((entry) => entry.daysSince === null), ...entries.filter((entry) => entry.daysSince !== null)] }
}

/** How many entries need verifying (for the banner above the list). */
export async function countStaleFundingActions(payload: Payload, reader: Reader): Promise<number> {
  return (await findStaleFundingActions(payload, reader, 1)).total
}
