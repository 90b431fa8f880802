import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { PracticeCard } from '@/lib/practices/search/types'
import { findPublicEdition, findPublicEditions } from './editions'
import { countSeatsTaken, type SeatsTaken } from './registrationState'
import { findPublicSessions } from './sessions'
import { findShowcasedPractices } from './showcased'
import { findPublicSpeakers } from './speakers'
import type { EditionSummary, EditionView, SessionView, SpeakerView } from './types'

/**
 * The cached reads behind the event's public pages. Each is tagged with what it shows, and the
 * hooks on editions, sessions, speakers, practices and themes revalidate those tags; every read
 * goes through Payload's access control as an anonymous visitor (drafts and speakers without
 * consent cannot reach a cache entry).
 */

/** Published editions, soonest first. */
export const getEditions = (locale: Locale): Promise<EditionSummary[]> =>
  unstable_cache(async () => findPublicEditions(await getPayloadClient(), locale), ['event-editions', locale], {
    tags: [cacheTags.events],
  })()

/** One published edition; shared by a page and its metadata. */
export const getEdition = cache(
  (slug: string, locale: Locale): Promise<EditionView | null> =>
    unstable_cache(async () => findPublicEdition(await getPayloadClient(), slug, locale), ['event-edition', slug, locale], {
      tags: [cacheTags.events, cacheTags.event(slug)],
    })(),
)

/** An edition's published sessions with their consenting speakers. */
export const getEditionSessions = cache(
  (edition: Pick<EditionView, 'id' | 'slug'>, locale: Locale): Promise<SessionView[]> =>
    unstable_cache(async () => findPublicSessions(await getPayloadClient(), edition.id, locale), ['event-sessions', String(edition.id), locale], {
      tags: [cacheTags.event(edition.slug), cacheTags.eventSpeakers, cacheTags.themes],
    })(),
)

/** Public profiles of an edition's speakers. */
export const getEditionSpeakers = cache(
  (edition: Pick<EditionView, 'id' | 'slug'>, ids: number[], locale: Locale): Promise<SpeakerView[]> =>
    unstable_cache(
      async () => findPublicSpeakers(await getPayloadClient(), ids, locale),
      ['event-speakers', String(edition.id), [...ids].sort((a, b) => a - b).join(','), locale],
      { tags: [cacheTags.event(edition.slug), cacheTags.eventSpeakers, cacheTags.geography] },
    )(),
)

/** The published practices a session showcases, as cards. */
export const getShowcasedPractices = (ids: number[], locale: Locale): Promise<PracticeCard[]> => {
  if (ids.length === 0) return Promise.resolve([])
  return unstable_cache(
    async () => findShowcasedPractices(await getPayloadClient(), ids, locale),
    ['event-showcased-practices', ids.join(','), locale],
    { tags: [cacheTags.practices, cacheTags.themes, cacheTags.geography] },
  )()
}

/** Seats taken per mode, at most half a minute old (registrations do not revalidate public pages). */
export const getSeatsTaken = (edition: Pick<EditionView, 'id' | 'slug'>): Promise<SeatsTaken> =>
  unstable_cache(async () => countSeatsTaken(await getPayloadClient(), edition.id), ['event-seats', String(edition.id)], {
    tags: [cacheTags.event(edition.slug)],
    revalidate: 30,
  })()
