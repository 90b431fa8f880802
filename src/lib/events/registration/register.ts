import { sql } from '@payloadcms/db-postgres'
import pLimit from 'p-limit'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'
import type { AttendanceMode } from '../options'
import { offeredModes } from './modes'
import type { RegistrationInput } from './schema'
import { sendRegistrationEmail } from './sendRegistrationEmail'
import { newCheckInCode, newManagementToken } from './tokens'

export type RegisterOutcome =
  /** `again`: she was already registered (her registration is unchanged; its e-mail is sent again with a fresh link). */
  | { outcome: 'confirmed' | 'waitlisted'; registrationId: number; position: number | null; created: boolean; again: boolean }
  | { outcome: 'not_found' | 'closed' | 'mode_unavailable' }

type EditionRow = {
  id: number
  slug: string
  title: string | null
  starts_at: string
  time_zone: string
  stage: string
  capacity_in_person: number | string
  capacity_online: number | string
  format: string
  opens_at: string | null
  closes_at: string | null
}

/** Seats that are taken: confirmed, checked in, or offered to someone from the waiting list. */
const HOLDS_A_SEAT = ['confirmed', 'offered', 'checked_in']

/**
 * Registrations wait their turn on the edition's row lock anyway; without this, a burst of them
 * would each hold a pooled connection while waiting, and the pool would refuse the rest. At most
 * this many are in the database at once per process; the others wait here, in memory.
 */
const inDatabase = pLimit(4)

/**
 * Registers someone for a published edition, or answers with her existing registration. Capacity
 * holds whatever the concurrency: the edition's row is locked (SELECT … FOR UPDATE) for the whole
 * transaction, so registrations for one edition are decided one after another, and the seats are
 * counted in the database under that lock. The e-mail is queued in the same transaction: exactly
 * one per registration attempt that succeeds, none if it fails.
 */
export function register(payload: Payload, editionSlug: string, input: RegistrationInput, now = new Date()): Promise<RegisterOutcome> {
  return inDatabase(() => registerInTransaction(payload, editionSlug, input, now))
}

async function registerInTransaction(payload: Payload, editionSlug: string, input: RegistrationInput, now: Date): Promise<RegisterOutcome> {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  await initTransaction(req)
  try {
    const outcome = await registerIn(payload, req, editionSlug, input, now)
    await commitTransaction(req)
    return outcome
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function registerIn(payload: Payload, req: PayloadRequest, editionSlug: string, input: RegistrationInput, now: Date): Promise<RegisterOutcome> {
  const db = await sqlRunner(payload, req)
  const locale = input.locale as Locale
  const email = input.email.trim().toLowerCase()
  const { rows } = await db.execute(sql`
    SELECT e.id, e.slug, coalesce(nullif(l.title, ''), en.title) AS title, e.starts_at, e.time_zone, e.stage,
      e.format, e.capacity_in_person, e.capacity_online, e.registration_opens_at AS opens_at, e.registration_closes_at AS closes_at
    FROM event_editions e
    LEFT JOIN event_editions_locales l ON l._parent_id = e.id AND l._locale = ${locale}::_locales
    LEFT JOIN event_editions_locales en ON en._parent_id = e.id AND en._locale = 'en'::_locales
    WHERE e.slug = ${editionSlug} AND e._status = 'published'
    FOR UPDATE OF e`)
  const edition = rows[0] as EditionRow | undefined
  if (!edition) return { outcome: 'not_found' }
  const open =
    edition.stage === 'registration_open' &&
    (!edition.opens_at || new Date(edition.opens_at) <= now) &&
    (!edition.closes_at || new Date(edition.closes_at) > now)
  if (!open) return { outcome: 'closed' }
  const mode = input.attendanceMode as AttendanceMode
  const capacities = { in_person: Number(edition.capacity_in_person), online: Number(edition.capacity_online) }
  // The format says which modes exist (a hybrid offers both), and a mode without seats is not offered.
  if (!offeredModes(edition.format, capacities).includes(mode)) return { outcome: 'mode_unavailable' }
  const capacity = capacities[mode]

  const existing = await payload.find({
    collection: 'registrations',
    where: { and: [{ edition: { equals: edition.id } }, { email: { equals: email } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const previous = existing.docs[0]
  const { token, hash } = newManagementToken()
  let id: number
  let status: 'confirmed' | 'waitlisted'
  let position: number | null
  let created = false
  const again = Boolean(previous && previous.status !== 'cancelled')

  if (previous && again) {
    // Registering twice answers with the registration she has, and sends its e-mail again with a fresh link (the old one stops working).
    id = previous.id
    status = previous.status === 'waitlisted' ? 'waitlisted' : 'confirmed'
    position = previous.waitlistPosition ?? null
    await payload.update({ collection: 'registrations', id, data: { managementTokenHash: hash }, overrideAccess: true, req, depth: 0 })
  } else {
    // Places on the waiting list are never reused, so its order is the order people joined it.
    const { rows: counted } = await db.execute(sql`
      SELECT count(*) FILTER (WHERE status::text = ANY (${sql.param(HOLDS_A_SEAT)}::text[]))::int AS seats,
        coalesce(max(waitlist_position), 0)::int AS last_place
      FROM registrations WHERE edition_id = ${edition.id} AND attendance_mode = ${mode}`)
    const lastPlace = Number(counted[0]?.last_place ?? 0)
    status = Number(counted[0]?.seats ?? 0) < capacity ? 'confirmed' : 'waitlisted'
    position = status === 'waitlisted' ? lastPlace + 1 : null
    const country = input.country
      ? await payload.find({ collection: 'countries', where: { code: { equals: input.country } }, limit: 1, depth: 0, overrideAccess: true, req })
      : null
    const data = {
      edition: edition.id,
      name: input.name,
      email,
      organisation: input.organisation ?? null,
      city: input.city ?? null,
      country: country?.docs[0]?.id ?? null,
      role: (input.role ?? null) as never,
      attendanceMode: mode,
      locale,
      accessibilityNeeds: input.accessibilityNeeds ?? null,
      dietaryNeeds: input.dietaryNeeds ?? null,
      privacyConsentAt: now.toISOString(),
      // A registration made again after a cancellation starts afresh: no sessions picked before.
      sessions: [],
      status,
      waitlistPosition: position,
      confirmedAt: status === 'confirmed' ? now.toISOString() : null,
      cancelledAt: null,
      managementTokenHash: hash,
      checkInCode: newCheckInCode(),
    }
    if (previous) {
      id = previous.id
      await payload.update({ collection: 'registrations', id, data, overrideAccess: true, req, depth: 0 })
    } else {
      id = (await payload.create({ collection: 'registrations', data, overrideAccess: true, req, depth: 0 })).id
      created = true
    }
  }

  // A confirmation also carries the calendar file and the check-in QR code (sendRegistrationEmail).
  await sendRegistrationEmail(payload, req, {
    registration: id,
    edition: { title: edition.title ?? edition.slug, slug: edition.slug, startsAt: new Date(edition.starts_at).toISOString(), timeZone: edition.time_zone },
    kind: status,
    token,
  })
  return { outcome: status, registrationId: id, position, created, again }
}
