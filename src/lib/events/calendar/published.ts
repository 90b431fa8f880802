import type { Payload, PayloadRequest, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { EventEdition, EventSession, Speaker } from '@/payload-types'
import type { CalendarEdition, CalendarSession } from './types'

const published: Where = { _status: { equals: 'published' } }

/**
 * A published edition by its slug (or id: a registration knows its edition's id), with only what a
 * calendar may show. Read as the public reads it (access applies; the streaming link is not even
 * selected), also inside a registrant's transaction.
 */
export async function publishedEdition(payload: Payload, by: string | { id: number }, locale: Locale, req?: PayloadRequest): Promise<CalendarEdition | null> {
  const { docs } = await payload.find({
    collection: 'event-editions',
    where: { and: [typeof by === 'string' ? { slug: { equals: by } } : { id: { equals: by.id } }, published] },
    locale,
    limit: 1,
    depth: 0,
    overrideAccess: false,
    req,
    select: { slug: true, title: true, theme: true, format: true, startsAt: true, endsAt: true, timeZone: true, venue: { name: true, address: true }, updatedAt: true },
  })
  return toEdition(docs[0])
}

function toEdition(doc: Pick<EventEdition, 'id' | 'slug' | 'title' | 'theme' | 'format' | 'startsAt' | 'endsAt' | 'timeZone' | 'venue' | 'updatedAt'> | undefined): CalendarEdition | null {
  if (!doc) return null
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    theme: doc.theme ?? null,
    format: doc.format,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    timeZone: doc.timeZone,
    venue: { name: doc.venue?.name ?? null, address: doc.venue?.address ?? null },
    updatedAt: doc.updatedAt,
  }
}

/** Names of the speakers the public may see: a speaker without consent is not even populated. */
const names = (people: EventSession['speakers']) =>
  (people ?? []).filter((person): person is Speaker => typeof person === 'object' && person !== null).map((person) => person.name)

type SessionFilter = { ids?: number[]; slug?: string }

/**
 * The published sessions of an edition, in order, optionally only some of them (a registrant's picks,
 * or one by its slug). Read as the public reads them: drafts and speakers without consent stay out.
 */
export async function publishedSessions(
  payload: Payload,
  edition: CalendarEdition,
  locale: Locale,
  filter: SessionFilter = {},
  req?: PayloadRequest,
): Promise<CalendarSession[]> {
  if (filter.ids && filter.ids.length === 0) return []
  const conditions: Where[] = [{ edition: { equals: edition.id } }, published]
  if (filter.ids) conditions.push({ id: { in: filter.ids } })
  if (filter.slug) conditions.push({ slug: { equals: filter.slug } })
  const { docs } = await payload.find({
    collection: 'event-sessions',
    where: { and: conditions },
    locale,
    sort: 'startsAt',
    depth: 1,
    pagination: false,
    overrideAccess: false,
    req,
    select: { slug: true, title: true, description: true, room: true, startsAt: true, endsAt: true, speakers: true, moderators: true, updatedAt: true },
    populate: { speakers: { name: true } },
  })
  return docs.map((doc) => ({
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    description: doc.description ?? null,
    room: doc.room ?? null,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    speakers: names(doc.speakers),
    moderators: names(doc.moderators),
    updatedAt: doc.updatedAt,
  }))
}
