import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'

/** An edition as the event team's tools name it (whatever its publication state). */
export type TeamEdition = { id: number; slug: string; title: string; startsAt: string; endsAt: string; timeZone: string; purgedAt: string | null }

const toEdition = (row: Record<string, unknown>): TeamEdition => ({
  id: Number(row.id),
  slug: String(row.slug),
  title: String(row.title),
  startsAt: new Date(String(row.starts_at)).toISOString(),
  endsAt: new Date(String(row.ends_at)).toISOString(),
  timeZone: String(row.time_zone),
  purgedAt: row.purged_at == null ? null : new Date(String(row.purged_at)).toISOString(),
})

async function editionRows(payload: Payload, locale: Locale, id?: number): Promise<TeamEdition[]> {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`
    SELECT e.id, e.slug, coalesce(nullif(l.title, ''), nullif(en.title, ''), e.slug) AS title, e.starts_at, e.ends_at, e.time_zone, e.purged_at
    FROM event_editions e
    LEFT JOIN event_editions_locales l ON l._parent_id = e.id AND l._locale = ${locale}::_locales
    LEFT JOIN event_editions_locales en ON en._parent_id = e.id AND en._locale = 'en'::_locales
    WHERE ${id === undefined ? sql`true` : sql`e.id = ${id}`}
    ORDER BY e.starts_at DESC`)
  return rows.map(toEdition)
}

export async function teamEdition(payload: Payload, id: number, locale: Locale = 'en'): Promise<TeamEdition | null> {
  return (await editionRows(payload, locale, id))[0] ?? null
}

/** Every edition, latest first. */
export const teamEditions = (payload: Payload, locale: Locale = 'en'): Promise<TeamEdition[]> => editionRows(payload, locale)

/** The edition a check-in desk most likely wants: the one under way or the next one, else the latest. */
export function currentOrNextEdition(editions: TeamEdition[], now = new Date()): TeamEdition | null {
  const coming = editions.filter((edition) => new Date(edition.endsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  return coming[0] ?? editions[0] ?? null
}
