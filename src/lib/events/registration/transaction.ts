import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { inTransaction as inDatabaseTransaction } from '@/db/transaction'
import type { SqlRunner } from '@/lib/practices/database'

/** Runs `work` in a transaction of its own. Registrations are never public: their writes revalidate no page. */
export const inTransaction = <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> =>
  inDatabaseTransaction(payload, work, { context: { disableRevalidate: true } })

export type LockedEdition = {
  id: number
  slug: string
  title: string
  startsAt: string
  timeZone: string
  capacity: { in_person: number; online: number }
  offerHours: number
}

/**
 * Locks an edition's row until the transaction ends: every change to its seats (register, cancel,
 * offer, accept, lapse) takes this lock first, so they happen one after another.
 */
export async function lockEdition(db: SqlRunner, editionId: number, locale = 'en'): Promise<LockedEdition | null> {
  const { rows } = await db.execute(sql`
    SELECT e.id, e.slug, coalesce(nullif(l.title, ''), en.title, e.slug) AS title, e.starts_at, e.time_zone,
      e.capacity_in_person, e.capacity_online, e.registration_offer_hours
    FROM event_editions e
    LEFT JOIN event_editions_locales l ON l._parent_id = e.id AND l._locale = ${locale}::_locales
    LEFT JOIN event_editions_locales en ON en._parent_id = e.id AND en._locale = 'en'::_locales
    WHERE e.id = ${editionId}
    FOR UPDATE OF e`)
  const row = rows[0]
  if (!row) return null
  return {
    id: Number(row.id),
    slug: String(row.slug),
    title: String(row.title),
    startsAt: new Date(String(row.starts_at)).toISOString(),
    timeZone: String(row.time_zone),
    capacity: { in_person: Number(row.capacity_in_person ?? 0), online: Number(row.capacity_online ?? 0) },
    offerHours: Number(row.registration_offer_hours ?? 48),
  }
}

/** Seats that are taken: confirmed, checked in, or offered to someone from the waiting list. */
export const HOLDS_A_SEAT = ['confirmed', 'offered', 'checked_in'] as const
