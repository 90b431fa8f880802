import type { Payload, PayloadRequest } from 'payload'

import { sqlRunner } from '@/lib/practices/database'
import type { Registration } from '@/payload-types'
import { relationId } from '@/lib/evaluation/relationId'
import { notifyRegistrant, offerFreeSeats } from './seats'
import { hashToken } from './tokens'
import { HOLDS_A_SEAT, inTransaction, lockEdition } from './transaction'

export type ManageOutcome =
  | { outcome: 'cancelled' | 'accepted' | 'lapsed'; registrationId: number }
  | { outcome: 'invalid_token' | 'not_offered' | 'offer_expired' | 'already_cancelled' | 'checked_in' | 'not_due' }

/** The registration a management link opens; null for a wrong, forged or revoked token. */
export async function registrationByToken(payload: Payload, token: string, req?: PayloadRequest): Promise<Registration | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { managementTokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/** Reads the registration again under the edition's lock (what it was before the lock may have changed). */
async function lockedRegistration(payload: Payload, req: PayloadRequest, registration: Registration) {
  const edition = await lockEdition(await sqlRunner(payload, req), relationId(registration.edition) as number, registration.locale ?? 'en')
  const current = await payload.findByID({ collection: 'registrations', id: registration.id, depth: 0, overrideAccess: true, req })
  return { edition: edition!, current }
}

/**
 * Cancels the registration a link belongs to. A seat it held goes at once to the first person on
 * the waiting list (in the same transaction); leaving the waiting list frees no seat.
 */
export async function cancelRegistration(payload: Payload, token: string, now = new Date()): Promise<ManageOutcome> {
  return inTransaction(payload, async (req) => {
    const found = await registrationByToken(payload, token, req)
    if (!found) return { outcome: 'invalid_token' }
    const { edition, current } = await lockedRegistration(payload, req, found)
    if (current.status === 'cancelled') return { outcome: 'already_cancelled' }
    if (current.status === 'checked_in') return { outcome: 'checked_in' }
    const heldASeat = (HOLDS_A_SEAT as readonly string[]).includes(current.status)
    const cancelled = await payload.update({
      collection: 'registrations',
      id: current.id,
      data: { status: 'cancelled', cancelledAt: now.toISOString(), offerExpiresAt: null },
      overrideAccess: true,
      req,
      depth: 0,
    })
    await notifyRegistrant(payload, req, cancelled, edition, 'cancelled')
    if (heldASeat) await offerFreeSeats(payload, req, edition, current.attendanceMode, now)
    return { outcome: 'cancelled', registrationId: current.id }
  })
}

/** Accepts an offered seat, while the offer holds. */
export async function acceptOffer(payload: Payload, token: string, now = new Date()): Promise<ManageOutcome> {
  return inTransaction(payload, async (req) => {
    const found = await registrationByToken(payload, token, req)
    if (!found) return { outcome: 'invalid_token' }
    const { edition, current } = await lockedRegistration(payload, req, found)
    if (current.status !== 'offered') return { outcome: 'not_offered' }
    if (!current.offerExpiresAt || new Date(current.offerExpiresAt) <= now) return { outcome: 'offer_expired' }
    const confirmed = await payload.update({
      collection: 'registrations',
      id: current.id,
      data: { status: 'confirmed', confirmedAt: now.toISOString(), offerExpiresAt: null },
      overrideAccess: true,
      req,
      depth: 0,
    })
    await notifyRegistrant(payload, req, confirmed, edition, 'confirmed', { withLink: true })
    return { outcome: 'accepted', registrationId: current.id }
  })
}

/**
 * When an offer's time is up (the job scheduled with it): the person loses the place, is told so,
 * and the seat goes to the next person on the waiting list. An offer accepted or cancelled in the
 * meantime is left alone, so the job may run late or twice.
 */
export async function lapseOffer(payload: Payload, registrationId: number, now = new Date()): Promise<ManageOutcome> {
  return inTransaction(payload, async (req) => {
    const found = await payload.findByID({ collection: 'registrations', id: registrationId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!found) return { outcome: 'not_offered' }
    const { edition, current } = await lockedRegistration(payload, req, found)
    if (current.status !== 'offered') return { outcome: 'not_offered' }
    if (current.offerExpiresAt && new Date(current.offerExpiresAt) > now) return { outcome: 'not_due' }
    const lapsed = await payload.update({
      collection: 'registrations',
      id: current.id,
      data: { status: 'cancelled', cancelledAt: now.toISOString(), offerExpiresAt: null },
      overrideAccess: true,
      req,
      depth: 0,
    })
    await notifyRegistrant(payload, req, lapsed, edition, 'lapsed')
    await offerFreeSeats(payload, req, edition, current.attendanceMode, now)
    return { outcome: 'lapsed', registrationId: current.id }
  })
}
