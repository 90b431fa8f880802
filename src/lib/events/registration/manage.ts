import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlRunner } from '@/lib/practices/database'
import type { Registration } from '@/payload-types'
import { relationId } from '@/lib/evaluation/relationId'
import type { AttendanceMode } from '../options'
import { offeredModes } from './modes'
import { notifyRegistrant, offerFreeSeats } from './seats'
import { hashToken } from './tokens'
import { HOLDS_A_SEAT, inTransaction, lockEdition, type LockedEdition } from './transaction'

export type ManageOutcome =
  | { outcome: 'cancelled' | 'accepted' | 'lapsed'; registrationId: number }
  | { outcome: 'invalid_token' | 'not_offered' | 'offer_expired' | 'already_cancelled' | 'checked_in' | 'not_due' }

export type ChangeModeOutcome =
  | { outcome: 'changed'; registrationId: number; mode: AttendanceMode }
  /** The other mode has no seat for her: she keeps what she had (seat, offer or place on the waiting list). */
  | { outcome: 'mode_full'; registrationId: number; mode: AttendanceMode }
  | { outcome: 'invalid_token' | 'unchanged' | 'mode_unavailable' | 'not_changeable' | 'too_late' }

export type PickSessionsOutcome =
  /** `full`: sessions she asked for that had no seat left (the others are saved). */
  | { outcome: 'picked'; registrationId: number; sessions: number[]; full: number[] }
  | { outcome: 'invalid_token' | 'not_confirmed' | 'unknown_session' | 'too_late' }

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
    // The confirmation carries the link she used: the page she accepted on keeps working.
    await notifyRegistrant(payload, req, confirmed, edition, 'confirmed', { token })
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

type EditionTerms = { format: string; stage: string; startsAt: Date; endsAt: Date }

/** What decides whether a registration may still change (read under the edition's lock). */
async function editionTerms(payload: Payload, req: PayloadRequest, editionId: number): Promise<EditionTerms> {
  const db = await sqlRunner(payload, req)
  const { rows } = await db.execute(sql`SELECT format, stage, starts_at, ends_at FROM event_editions WHERE id = ${editionId}`)
  const row = rows[0] ?? {}
  return { format: String(row.format), stage: String(row.stage), startsAt: new Date(String(row.starts_at)), endsAt: new Date(String(row.ends_at)) }
}

const over = (terms: EditionTerms) => terms.stage === 'finished' || terms.stage === 'cancelled'

/** Seats of a mode that nobody holds and nobody waits for (people on its waiting list come first). */
async function seatsForNewcomer(payload: Payload, req: PayloadRequest, edition: LockedEdition, mode: AttendanceMode): Promise<number> {
  const db = await sqlRunner(payload, req)
  const { rows } = await db.execute(sql`
    SELECT count(*) FILTER (WHERE status::text = ANY (${sql.param([...HOLDS_A_SEAT])}::text[]))::int AS held,
      count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting
    FROM registrations WHERE edition_id = ${edition.id} AND attendance_mode = ${mode}`)
  return edition.capacity[mode] - Number(rows[0]?.held ?? 0) - Number(rows[0]?.waiting ?? 0)
}

/**
 * Moves a registration to the other attendance mode, under the edition's lock. She moves only to a
 * seat that is free in that mode (people waiting for it come first), and then holds it as confirmed;
 * a seat she held in her old mode goes at once to the first person waiting there. When the other
 * mode is full she keeps exactly what she had: giving up a sure seat (or her place in line) for the
 * end of another waiting list would be a trap, and one registration cannot wait in two lines.
 */
export async function changeMode(payload: Payload, token: string, mode: AttendanceMode, now = new Date()): Promise<ChangeModeOutcome> {
  return inTransaction(payload, async (req) => {
    const found = await registrationByToken(payload, token, req)
    if (!found) return { outcome: 'invalid_token' }
    const { edition, current } = await lockedRegistration(payload, req, found)
    if (current.status === 'cancelled' || current.status === 'checked_in') return { outcome: 'not_changeable' }
    if (current.attendanceMode === mode) return { outcome: 'unchanged' }
    const terms = await editionTerms(payload, req, edition.id)
    if (over(terms) || terms.startsAt <= now) return { outcome: 'too_late' }
    if (!offeredModes(terms.format, edition.capacity).includes(mode)) return { outcome: 'mode_unavailable' }
    if ((await seatsForNewcomer(payload, req, edition, mode)) <= 0) return { outcome: 'mode_full', registrationId: current.id, mode: current.attendanceMode }

    const heldASeat = (HOLDS_A_SEAT as readonly string[]).includes(current.status)
    const moved = await payload.update({
      collection: 'registrations',
      id: current.id,
      // Her place on the old mode's waiting list is given up (places are unique per mode).
      data: { attendanceMode: mode, status: 'confirmed', confirmedAt: now.toISOString(), offerExpiresAt: null, waitlistPosition: null },
      overrideAccess: true,
      req,
      depth: 0,
    })
    await notifyRegistrant(payload, req, moved, edition, 'confirmed', { token })
    if (heldASeat) await offerFreeSeats(payload, req, edition, current.attendanceMode, now)
    return { outcome: 'changed', registrationId: current.id, mode }
  })
}

/** How many registrations holding a seat picked each session (hers excepted). */
async function picksBySession(payload: Payload, req: PayloadRequest, sessionIds: number[], registrationId: number): Promise<Map<number, number>> {
  if (sessionIds.length === 0) return new Map()
  const db = await sqlRunner(payload, req)
  const { rows } = await db.execute(sql`
    SELECT rr.event_sessions_id AS session, count(DISTINCT r.id)::int AS picks
    FROM registrations_rels rr JOIN registrations r ON r.id = rr.parent_id
    WHERE rr.path = 'sessions' AND rr.event_sessions_id = ANY (${sql.param(sessionIds)}::int[]) AND r.id <> ${registrationId}
      AND r.status::text = ANY (${sql.param([...HOLDS_A_SEAT])}::text[])
    GROUP BY rr.event_sessions_id`)
  return new Map(rows.map((row) => [Number(row.session), Number(row.picks)]))
}

/**
 * Saves the sessions a registrant with a seat wants to attend (the whole choice: sessions left out
 * are dropped). Only published sessions of her edition can be picked. A session with its own
 * capacity takes her only while it has a seat left, counted under the edition's lock, so picks never
 * exceed it; a session she already had stays hers.
 */
export async function pickSessions(payload: Payload, token: string, sessionIds: number[], now = new Date()): Promise<PickSessionsOutcome> {
  return inTransaction(payload, async (req) => {
    const found = await registrationByToken(payload, token, req)
    if (!found) return { outcome: 'invalid_token' }
    const { edition, current } = await lockedRegistration(payload, req, found)
    if (current.status !== 'confirmed' && current.status !== 'checked_in') return { outcome: 'not_confirmed' }
    const terms = await editionTerms(payload, req, edition.id)
    if (over(terms) || terms.endsAt <= now) return { outcome: 'too_late' }

    const wanted = [...new Set(sessionIds)]
    const docs = wanted.length
      ? (
          await payload.find({
            collection: 'event-sessions',
            where: { and: [{ id: { in: wanted } }, { edition: { equals: edition.id } }, { _status: { equals: 'published' } }] },
            select: { capacity: true },
            limit: 0,
            pagination: false,
            depth: 0,
            overrideAccess: true,
            req,
          })
        ).docs
      : []
    if (docs.length !== wanted.length) return { outcome: 'unknown_session' }

    const had = new Set((current.sessions ?? []).map(relationId))
    const picks = await picksBySession(payload, req, wanted, current.id)
    const capacityOf = new Map(docs.map((doc) => [doc.id, doc.capacity ?? null]))
    const full = wanted.filter((id) => {
      const capacity = capacityOf.get(id)
      return !had.has(id) && capacity != null && (picks.get(id) ?? 0) >= capacity
    })
    const sessions = wanted.filter((id) => !full.includes(id))
    await payload.update({ collection: 'registrations', id: current.id, data: { sessions }, overrideAccess: true, req, depth: 0 })
    return { outcome: 'picked', registrationId: current.id, sessions, full }
  })
}
