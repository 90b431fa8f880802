import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { personalFeedPath } from '@/lib/events/calendar/personalFeed'
import { getEdition, getEditionSessions } from '@/lib/events/view/cached'
import type { EditionView, SessionView } from '@/lib/events/view/types'
import { relationId } from '@/lib/evaluation/relationId'
import { sqlRunner } from '@/lib/practices/database'
import { siteUrl } from '@/lib/seo/siteUrl'
import type { Registration } from '@/payload-types'
import type { AttendanceMode, RegistrationStatus } from '../../options'
import { registrationByToken } from '../manage'
import { offeredModes } from '../modes'
import { HOLDS_A_SEAT } from '../transaction'

/** A published session as the registrant's choice shows it. */
export type SessionChoice = Pick<SessionView, 'id' | 'title' | 'startsAt' | 'endsAt' | 'room' | 'track' | 'capacity'> & {
  picked: boolean
  /** Seats left in a session with its own capacity (null: as many as the event). */
  seatsLeft: number | null
}

export type ManagedRegistration = {
  id: number
  name: string
  mode: AttendanceMode
  status: RegistrationStatus
  waitlistPosition: number | null
  offerExpiresAt: string | null
  edition: EditionView
  /** The mode she may switch to (null when the edition offers one mode, or it is too late, or her registration is over). */
  otherMode: AttendanceMode | null
  canCancel: boolean
  /** Sessions can be chosen by someone with a confirmed place, until the event ends. */
  canPickSessions: boolean
  sessions: SessionChoice[]
  /** Her personal calendar (https and webcal), once she has a place. */
  calendar: { https: string; webcal: string } | null
  /** The live stream, for an online attendee with a place (never shown to anyone else). */
  streamingUrl: string | null
}

const hasPlace = (status: RegistrationStatus) => status === 'confirmed' || status === 'checked_in'

/** How many registrations holding a seat picked each session of an edition. */
async function picksBySession(payload: Payload, editionId: number): Promise<Map<number, number>> {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`
    SELECT rr.event_sessions_id AS session, count(DISTINCT r.id)::int AS picks
    FROM registrations_rels rr JOIN registrations r ON r.id = rr.parent_id
    WHERE rr.path = 'sessions' AND r.edition_id = ${editionId} AND r.status::text = ANY (${sql.param([...HOLDS_A_SEAT])}::text[])
    GROUP BY rr.event_sessions_id`)
  return new Map(rows.map((row) => [Number(row.session), Number(row.picks)]))
}

async function sessionChoices(payload: Payload, edition: EditionView, registration: Registration, locale: Locale): Promise<SessionChoice[]> {
  const sessions = await getEditionSessions(edition, locale)
  if (sessions.length === 0) return []
  const picked = new Set((registration.sessions ?? []).map(relationId))
  const picks = await picksBySession(payload, edition.id)
  return sessions.map((session) => ({
    id: session.id,
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    room: session.room,
    track: session.track,
    capacity: session.capacity,
    picked: picked.has(session.id),
    seatsLeft: session.capacity == null ? null : Math.max(0, session.capacity - (picks.get(session.id) ?? 0)),
  }))
}

async function streamingUrlFor(payload: Payload, registration: Registration, editionId: number): Promise<string | null> {
  if (registration.attendanceMode !== 'online' || !hasPlace(registration.status)) return null
  // The field is staff-only for every API; her own page is the one place besides her e-mail where it is shown.
  const edition = await payload.findByID({ collection: 'event-editions', id: editionId, select: { streamingUrl: true }, depth: 0, overrideAccess: true })
  return edition.streamingUrl || null
}

function calendarLinks(locale: Locale, editionSlug: string, registration: Registration) {
  const https = `${siteUrl()}${personalFeedPath(locale, editionSlug, registration)}`
  return { https, webcal: https.replace(/^https?:\/\//, 'webcal://') }
}

/**
 * The registration a private link opens, as its page shows it; null when the link is wrong, old or
 * revoked, belongs to another edition's address, or the registration was anonymised — the page
 * then says the same thing in every case.
 */
export async function loadManagedRegistration(
  payload: Payload,
  { token, editionSlug, locale, now = new Date() }: { token: string | null; editionSlug: string; locale: Locale; now?: Date },
): Promise<ManagedRegistration | null> {
  if (!token) return null
  const registration = await registrationByToken(payload, token)
  if (!registration || registration.anonymisedAt) return null
  const edition = await getEdition(editionSlug, locale)
  if (!edition || edition.id !== relationId(registration.edition)) return null

  const status = registration.status
  const started = new Date(edition.startsAt) <= now
  const ended = new Date(edition.endsAt) <= now || edition.stage === 'finished' || edition.stage === 'cancelled'
  const modes = offeredModes(edition.format, { in_person: edition.capacity.inPerson, online: edition.capacity.online })
  const changeable = status !== 'cancelled' && status !== 'checked_in' && !started && !ended
  const canPickSessions = hasPlace(status) && !ended
  return {
    id: registration.id,
    name: registration.name,
    mode: registration.attendanceMode,
    status,
    waitlistPosition: status === 'waitlisted' ? (registration.waitlistPosition ?? null) : null,
    offerExpiresAt: status === 'offered' ? (registration.offerExpiresAt ?? null) : null,
    edition,
    otherMode: changeable ? (modes.find((mode) => mode !== registration.attendanceMode) ?? null) : null,
    canCancel: status !== 'cancelled' && status !== 'checked_in' && !ended,
    canPickSessions,
    sessions: canPickSessions ? await sessionChoices(payload, edition, registration, locale) : [],
    calendar: hasPlace(status) ? calendarLinks(locale, edition.slug, registration) : null,
    streamingUrl: await streamingUrlFor(payload, registration, edition.id),
  }
}
