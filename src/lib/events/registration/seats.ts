import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlRunner } from '@/lib/practices/database'
import type { Registration } from '@/payload-types'
import type { AttendanceMode } from '../options'
import type { RegistrationEmailKind } from './emails'
import { sendRegistrationEmail } from './sendRegistrationEmail'
import { HOLDS_A_SEAT, type LockedEdition } from './transaction'
import { newManagementToken } from './tokens'

const HOUR = 60 * 60 * 1000

/**
 * Queues an e-mail about a registration in the transaction of `req`, with a fresh management link
 * when asked (`withLink`, which revokes the previous link), or with the link the registrant is using
 * (`token`, e.g. an action taken on her registration page, whose address must keep working).
 */
export async function notifyRegistrant(
  payload: Payload,
  req: PayloadRequest,
  registration: Registration,
  edition: LockedEdition,
  kind: RegistrationEmailKind,
  options: { withLink?: boolean; token?: string } = {},
): Promise<void> {
  let token = options.token
  if (options.withLink && !token) {
    const fresh = newManagementToken()
    token = fresh.token
    await payload.update({ collection: 'registrations', id: registration.id, data: { managementTokenHash: fresh.hash }, overrideAccess: true, req, depth: 0 })
  }
  // A confirmation also carries the calendar file and the check-in QR code (sendRegistrationEmail).
  await sendRegistrationEmail(payload, req, {
    registration,
    edition: { title: edition.title, slug: edition.slug, startsAt: edition.startsAt, timeZone: edition.timeZone },
    kind,
    token,
  })
}

/**
 * Offers every free seat of a mode to the waiting list, first place first: the person gets an
 * e-mail and `offerHours` to accept, and a job is scheduled for the moment the offer lapses. Call
 * it with the edition locked (lockEdition) in the transaction of `req`.
 */
export async function offerFreeSeats(payload: Payload, req: PayloadRequest, edition: LockedEdition, mode: AttendanceMode, now: Date): Promise<number[]> {
  const db = await sqlRunner(payload, req)
  const { rows } = await db.execute(sql`
    SELECT count(*)::int AS held FROM registrations
    WHERE edition_id = ${edition.id} AND attendance_mode = ${mode} AND status::text = ANY (${sql.param([...HOLDS_A_SEAT])}::text[])`)
  const free = edition.capacity[mode] - Number(rows[0]?.held ?? 0)
  if (free <= 0) return []
  const next = await db.execute(sql`
    SELECT id FROM registrations WHERE edition_id = ${edition.id} AND attendance_mode = ${mode} AND status = 'waitlisted'
    ORDER BY waitlist_position LIMIT ${free}`)
  const offered: number[] = []
  for (const { id } of next.rows) {
    const offerExpiresAt = new Date(now.getTime() + edition.offerHours * HOUR).toISOString()
    const registration = await payload.update({
      collection: 'registrations',
      id: Number(id),
      data: { status: 'offered', offerExpiresAt },
      overrideAccess: true,
      req,
      depth: 0,
    })
    await notifyRegistrant(payload, req, registration, edition, 'offered', { withLink: true })
    await payload.jobs.queue({ task: 'lapseEventOffer', input: { registrationId: registration.id }, waitUntil: new Date(offerExpiresAt), req })
    offered.push(registration.id)
  }
  return offered
}
