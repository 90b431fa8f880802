import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sqlRunner } from '@/lib/practices/database'
import type { AttendanceMode, RegistrationStatus } from '../options'
import { inTransaction, lockEdition } from '../registration/transaction'

export type CheckedInRegistrant = {
  id: number
  name: string
  organisation: string | null
  attendanceMode: AttendanceMode
  checkedInAt: string
}

export type CheckInOutcome =
  | { outcome: 'checked_in'; registrant: CheckedInRegistrant; timeZone: string }
  | { outcome: 'already_checked_in'; registrant: CheckedInRegistrant; checkedInBy: string | null; timeZone: string }
  | { outcome: 'no_seat'; name: string; status: Exclude<RegistrationStatus, 'confirmed' | 'checked_in'>; waitlistPosition: number | null }
  | { outcome: 'not_found'; code: string }
  | { outcome: 'edition_not_found' }

/**
 * A code as the desk received it, in the form it is stored: a scanner or a person may add spaces or
 * dashes and type lower case; Crockford's base32 reads I and L as 1 and O as 0.
 */
export function normaliseCheckInCode(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
}

type Row = {
  id: number
  name: string
  organisation: string | null
  attendance_mode: AttendanceMode
  status: RegistrationStatus
  waitlist_position: string | number | null
  checked_in_at: string | Date | null
  checked_in_by: string | null
}

const iso = (value: string | Date) => new Date(value).toISOString()

/**
 * Checks a registrant in at the door by the code of her QR code, for one edition. Only a confirmed
 * registration is checked in; the edition's row is locked first (as every change of a registration
 * is), then the registration's, so two desks scanning one code at once check it in once: the second
 * waits for the first and finds it already checked in.
 */
export function checkIn(payload: Payload, input: { editionId: number; code: string; userId: number }, now = new Date()): Promise<CheckInOutcome> {
  const code = normaliseCheckInCode(input.code)
  return inTransaction(payload, async (req) => {
    const db = await sqlRunner(payload, req)
    const edition = await lockEdition(db, input.editionId)
    if (!edition) return { outcome: 'edition_not_found' }
    const { rows } = await db.execute(sql`
      SELECT r.id, r.name, r.organisation, r.attendance_mode, r.status, r.waitlist_position, r.checked_in_at,
        coalesce(nullif(u.name, ''), u.email) AS checked_in_by
      FROM registrations r LEFT JOIN users u ON u.id = r.checked_in_by_id
      WHERE r.check_in_code = ${code} AND r.edition_id = ${edition.id} AND r.anonymised_at IS NULL
      FOR UPDATE OF r`)
    const row = rows[0] as Row | undefined
    if (!row) return { outcome: 'not_found', code }
    const registrant = (checkedInAt: string): CheckedInRegistrant => ({
      id: Number(row.id),
      name: row.name,
      organisation: row.organisation,
      attendanceMode: row.attendance_mode,
      checkedInAt,
    })
    if (row.status === 'checked_in') {
      return {
        outcome: 'already_checked_in',
        registrant: registrant(iso(row.checked_in_at ?? now)),
        checkedInBy: row.checked_in_by,
        timeZone: edition.timeZone,
      }
    }
    if (row.status !== 'confirmed') {
      return { outcome: 'no_seat', name: row.name, status: row.status, waitlistPosition: row.waitlist_position == null ? null : Number(row.waitlist_position) }
    }
    await payload.update({
      collection: 'registrations',
      id: Number(row.id),
      data: { status: 'checked_in', checkedInAt: now.toISOString(), checkedInBy: input.userId },
      overrideAccess: true,
      req,
      depth: 0,
    })
    return { outcome: 'checked_in', registrant: registrant(now.toISOString()), timeZone: edition.timeZone }
  })
}
