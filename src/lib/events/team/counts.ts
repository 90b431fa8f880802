import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'
import { ATTENDANCE_MODES, type AttendanceMode, REGISTRANT_ROLES, REGISTRATION_STATUSES, type RegistrationStatus } from '../options'
import { HOLDS_A_SEAT } from '../registration/transaction'

export type RegistrantRole = keyof typeof REGISTRANT_ROLES

export type ModeCount = { mode: AttendanceMode; capacity: number; seatsTaken: number; free: number; waitlisted: number; checkedIn: number }
export type GroupCount<K> = { key: K; count: number; checkedIn: number }

/** An edition's registrations in figures, for the event team. Cancelled registrations count only by status. */
export type EditionCounts = {
  editionId: number
  total: number
  byStatus: Array<{ status: RegistrationStatus; count: number }>
  byMode: ModeCount[]
  byCountry: Array<GroupCount<string | null> & { name: string | null }>
  byRole: Array<GroupCount<RegistrantRole | null>>
}

const STATUSES = Object.keys(REGISTRATION_STATUSES) as RegistrationStatus[]
const MODES = Object.keys(ATTENDANCE_MODES) as AttendanceMode[]
const num = (value: unknown) => Number(value ?? 0)

/**
 * Counts an edition's registrations in the database (GROUP BY): by status, by attendance mode
 * against its capacity, by country (named in `locale`) and by role. Null for an unknown edition.
 * Anonymised registrations keep what these count, so the figures survive the purge.
 */
export async function editionCounts(payload: Payload, editionId: number, locale: Locale = 'en', req?: PayloadRequest): Promise<EditionCounts | null> {
  const db = await sqlRunner(payload, req)
  const edition = await db.execute(sql`SELECT capacity_in_person, capacity_online FROM event_editions WHERE id = ${editionId}`)
  if (!edition.rows[0]) return null
  const capacity: Record<AttendanceMode, number> = { in_person: num(edition.rows[0].capacity_in_person), online: num(edition.rows[0].capacity_online) }

  const statuses = await db.execute(sql`
    SELECT status::text AS status, count(*)::int AS count FROM registrations WHERE edition_id = ${editionId} GROUP BY status`)
  const byStatusMap = new Map(statuses.rows.map((row) => [String(row.status), num(row.count)]))

  const modes = await db.execute(sql`
    SELECT attendance_mode::text AS mode,
      count(*) FILTER (WHERE status::text = ANY (${sql.param([...HOLDS_A_SEAT])}::text[]))::int AS seats_taken,
      count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
      count(*) FILTER (WHERE status = 'checked_in')::int AS checked_in
    FROM registrations WHERE edition_id = ${editionId} GROUP BY attendance_mode`)
  const modeRows = new Map(modes.rows.map((row) => [String(row.mode), row]))

  const countries = await db.execute(sql`
    SELECT c.code, coalesce(nullif(l.name, ''), en.name) AS name, count(*)::int AS count,
      count(*) FILTER (WHERE r.status = 'checked_in')::int AS checked_in
    FROM registrations r
    LEFT JOIN countries c ON c.id = r.country_id
    LEFT JOIN countries_locales l ON l._parent_id = c.id AND l._locale = ${locale}::_locales
    LEFT JOIN countries_locales en ON en._parent_id = c.id AND en._locale = 'en'::_locales
    WHERE r.edition_id = ${editionId} AND r.status <> 'cancelled'
    GROUP BY c.code, l.name, en.name
    ORDER BY count(*) DESC, coalesce(nullif(l.name, ''), en.name) NULLS LAST`)

  const roles = await db.execute(sql`
    SELECT role::text AS role, count(*)::int AS count, count(*) FILTER (WHERE status = 'checked_in')::int AS checked_in
    FROM registrations WHERE edition_id = ${editionId} AND status <> 'cancelled'
    GROUP BY role ORDER BY count(*) DESC, role NULLS LAST`)

  return {
    editionId,
    total: [...byStatusMap.values()].reduce((sum, count) => sum + count, 0),
    byStatus: STATUSES.map((status) => ({ status, count: byStatusMap.get(status) ?? 0 })),
    byMode: MODES.filter((mode) => capacity[mode] > 0 || modeRows.has(mode)).map((mode) => {
      const row = modeRows.get(mode)
      const seatsTaken = num(row?.seats_taken)
      return { mode, capacity: capacity[mode], seatsTaken, free: Math.max(0, capacity[mode] - seatsTaken), waitlisted: num(row?.waitlisted), checkedIn: num(row?.checked_in) }
    }),
    byCountry: countries.rows.map((row) => ({
      key: row.code == null ? null : String(row.code),
      name: row.name == null ? null : String(row.name),
      count: num(row.count),
      checkedIn: num(row.checked_in),
    })),
    byRole: roles.rows.map((row) => ({ key: row.role == null ? null : (String(row.role) as RegistrantRole), count: num(row.count), checkedIn: num(row.checked_in) })),
  }
}
