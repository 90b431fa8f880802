import { sql } from '@payloadcms/db-postgres'
import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'

export const REGISTRANT_COLUMNS = [
  'name',
  'email',
  'organisation',
  'city',
  'country',
  'role',
  'mode',
  'status',
  'waitlist_position',
  'accessibility_needs',
  'dietary_needs',
  'registered_at',
  'checked_in_at',
] as const

/** Rows read from the database at a time: a large edition streams out without being held in memory. */
export const EXPORT_PAGE_SIZE = 500

/**
 * A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
 * is written as text, behind an apostrophe: a registrant chooses her own name and organisation.
 */
export const neutraliseFormula = (value: unknown): unknown => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

const isoOrEmpty = (value: unknown) => (value == null ? '' : new Date(String(value)).toISOString())
const textOrEmpty = (value: unknown) => (value == null ? '' : String(value))

async function registrantPage(payload: Payload, editionId: number, locale: Locale, afterId: number): Promise<Array<{ id: number; cells: unknown[] }>> {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`
    SELECT r.id, r.name, r.email, r.organisation, r.city, coalesce(nullif(l.name, ''), en.name) AS country, r.role::text AS role,
      r.attendance_mode::text AS mode, r.status::text AS status, r.waitlist_position, r.accessibility_needs, r.dietary_needs,
      r.created_at, r.checked_in_at
    FROM registrations r
    LEFT JOIN countries_locales l ON l._parent_id = r.country_id AND l._locale = ${locale}::_locales
    LEFT JOIN countries_locales en ON en._parent_id = r.country_id AND en._locale = 'en'::_locales
    WHERE r.edition_id = ${editionId} AND r.id > ${afterId}
    ORDER BY r.id
    LIMIT ${EXPORT_PAGE_SIZE}`)
  return rows.map((row) => ({
    id: Number(row.id),
    cells: [
      row.name,
      row.email,
      textOrEmpty(row.organisation),
      textOrEmpty(row.city),
      textOrEmpty(row.country),
      textOrEmpty(row.role),
      row.mode,
      row.status,
      row.waitlist_position == null ? '' : Number(row.waitlist_position),
      textOrEmpty(row.accessibility_needs),
      textOrEmpty(row.dietary_needs),
      isoOrEmpty(row.created_at),
      isoOrEmpty(row.checked_in_at),
    ].map(neutraliseFormula),
  }))
}

/**
 * An edition's registrants as CSV (UTF-8 with a byte-order mark, so that spreadsheets read accents
 * right), in the order they registered. It is read page by page as the client downloads it.
 */
export function registrantCsvStream(payload: Payload, editionId: number, locale: Locale = 'en'): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let afterId: number | null = null
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (afterId === null) {
        afterId = 0
        controller.enqueue(encoder.encode('\uFEFF' + stringify([[...REGISTRANT_COLUMNS]])))
        return
      }
      const page = await registrantPage(payload, editionId, locale, afterId)
      if (page.length) {
        afterId = page[page.length - 1].id
        controller.enqueue(encoder.encode(stringify(page.map((row) => row.cells))))
      }
      if (page.length < EXPORT_PAGE_SIZE) controller.close()
    },
  })
}
