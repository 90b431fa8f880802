import { sql } from '@payloadcms/db-postgres'
import { cache } from 'react'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getEdition } from '@/lib/events/view/cached'
import type { EditionView } from '@/lib/events/view/types'
import { getPayloadClient } from '@/lib/payload'
import { sqlRunner } from '@/lib/practices/database'
import type { AttendanceMode } from '../../options'
import { offeredModes } from '../modes'
import { HOLDS_A_SEAT } from '../transaction'

/** Whether a newcomer in a mode gets a seat or joins its waiting list. */
export type ModeSeats = { mode: AttendanceMode; available: boolean }

/** Where registration stands, by the rule `register` applies: the stage says open and now is inside the window. */
export type RegistrationWindow = 'open' | 'not_yet_open' | 'closed' | 'cancelled'

export type RegistrationPageView = {
  edition: EditionView
  modes: ModeSeats[]
  window: RegistrationWindow
  /** Days after the event when registrants' details are deleted (the privacy notice says it). */
  purgeAfterDays: number
}

export function registrationWindow(edition: Pick<EditionView, 'stage' | 'registration'>, now: Date): RegistrationWindow {
  const { opensAt, closesAt } = edition.registration
  if (edition.stage === 'cancelled') return 'cancelled'
  if (edition.stage === 'announced') return 'not_yet_open'
  if (edition.stage !== 'registration_open') return 'closed'
  if (opensAt && new Date(opensAt) > now) return 'not_yet_open'
  if (closesAt && new Date(closesAt) <= now) return 'closed'
  return 'open'
}

/**
 * Seats of each offered mode: counts, not personal data, read in server code past the
 * registrations' access rule. A mode is full for a newcomer when nobody's seat is free or people
 * already wait for it (they come first).
 */
async function modeSeats(payload: Payload, edition: EditionView): Promise<ModeSeats[]> {
  const capacity = { in_person: edition.capacity.inPerson, online: edition.capacity.online }
  const modes = offeredModes(edition.format, capacity)
  if (modes.length === 0) return []
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`
    SELECT attendance_mode::text AS mode,
      count(*) FILTER (WHERE status::text = ANY (${sql.param([...HOLDS_A_SEAT])}::text[]))::int AS held,
      count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting
    FROM registrations WHERE edition_id = ${edition.id} GROUP BY attendance_mode`)
  const taken = new Map(rows.map((row) => [String(row.mode), Number(row.held) + Number(row.waiting)]))
  return modes.map((mode) => ({ mode, available: (taken.get(mode) ?? 0) < capacity[mode] }))
}

async function purgeAfterDays(payload: Payload, editionId: number): Promise<number> {
  const edition = await payload.findByID({
    collection: 'event-editions',
    id: editionId,
    select: { registration: { purgeAfterDays: true } },
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
  })
  return edition?.registration?.purgeAfterDays ?? 90
}

/** What the registration form's page shows: the published edition (null for an unknown or draft one), its seats and its window. */
export const getRegistrationPage = cache(async (slug: string, locale: Locale, now = new Date()): Promise<RegistrationPageView | null> => {
  const edition = await getEdition(slug, locale)
  if (!edition) return null
  const payload = await getPayloadClient()
  return { edition, modes: await modeSeats(payload, edition), window: registrationWindow(edition, now), purgeAfterDays: await purgeAfterDays(payload, edition.id) }
})
