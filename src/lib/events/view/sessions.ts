import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { EventSession, Speaker, Theme } from '@/payload-types'
import type { SessionView, SpeakerRef, ThemeRef } from './types'

const isObject = <T extends { id: number }>(value: number | T | null | undefined): value is T => typeof value === 'object' && value !== null

/**
 * A speaker the public may see. Payload leaves a relationship it may not read as a bare id; the
 * consent is checked again here so that no code path can list someone who did not consent.
 */
function toSpeakerRef(value: number | Speaker): SpeakerRef | null {
  if (!isObject(value) || value.consentToPublish !== true) return null
  return { id: value.id, slug: value.slug, name: value.name, organisation: value.organisation || null, role: value.role || null }
}

const toThemeRef = (value: number | Theme): ThemeRef | null => (isObject(value) ? { slug: value.slug, name: value.name } : null)

const present = <T>(value: T | null): value is T => value !== null

const relationId = (value: unknown): number | null =>
  typeof value === 'number' ? value : typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number' ? value.id : null

export function toSessionView(doc: EventSession): SessionView {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    description: doc.description || null,
    type: doc.type,
    track: doc.track?.trim() || null,
    room: doc.room?.trim() || null,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    languages: doc.languages ?? [],
    interpretation: doc.interpretation ?? [],
    speakers: (doc.speakers ?? []).map(toSpeakerRef).filter(present),
    moderators: (doc.moderators ?? []).map(toSpeakerRef).filter(present),
    themes: (doc.themes ?? []).map(toThemeRef).filter(present),
    practiceIds: (doc.practices ?? []).map(relationId).filter((id): id is number => id !== null),
    capacity: doc.capacity ?? null,
  }
}

/** What a session page needs of its relationships: never a speaker's whole record, never a practice's story. */
const populate = {
  speakers: { name: true, slug: true, organisation: true, role: true, consentToPublish: true },
  themes: { name: true, slug: true },
  practices: { slug: true },
} as const

async function findSessions(payload: Payload, where: Where, locale: Locale, limit: number): Promise<SessionView[]> {
  const { docs } = await payload.find({
    collection: 'event-sessions',
    where,
    locale,
    depth: 1,
    limit,
    pagination: false,
    sort: ['startsAt', 'title'],
    overrideAccess: false,
    populate,
  })
  return docs.map(toSessionView)
}

/** The published sessions of an edition, in time order, as the public reads them. */
export function findPublicSessions(payload: Payload, editionId: number, locale: Locale): Promise<SessionView[]> {
  return findSessions(payload, { edition: { equals: editionId } }, locale, 500)
}

/** One published session of an edition (a draft, or a session of another edition, gives null). */
export async function findPublicSession(payload: Payload, editionId: number, slug: string, locale: Locale): Promise<SessionView | null> {
  const [session] = await findSessions(payload, { and: [{ edition: { equals: editionId } }, { slug: { equals: slug } }] }, locale, 1)
  return session ?? null
}
