import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Country, Media, Speaker } from '@/payload-types'
import type { SessionView, SpeakerView } from './types'

const isObject = <T>(value: number | T | null | undefined): value is T => typeof value === 'object' && value !== null

function toPhoto(value: number | Media | null | undefined): SpeakerView['photo'] {
  if (!isObject<Media>(value) || !value.url || !value.mimeType?.startsWith('image/')) return null
  const card = value.sizes?.thumbnail?.url ? value.sizes.thumbnail : null
  return { url: card?.url ?? value.url, alt: value.alt ?? '', width: card?.width ?? value.width ?? null, height: card?.height ?? value.height ?? null }
}

function toSpeakerView(doc: Speaker): SpeakerView {
  const country = isObject<Country>(doc.country) ? { name: doc.country.name, code: doc.country.code } : null
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    organisation: doc.organisation || null,
    city: doc.city || null,
    country,
    role: doc.role || null,
    biography: doc.biography || null,
    photo: toPhoto(doc.photo),
    photoCredit: doc.photoCredit || null,
  }
}

/** The speakers and moderators of these sessions (consenting ones: the sessions' view lists no one else). */
export function speakerIdsOf(sessions: SessionView[]): number[] {
  return [...new Set(sessions.flatMap((session) => [...session.speakers, ...session.moderators].map((speaker) => speaker.id)))]
}

/** The sessions a speaker speaks in or moderates. */
export function sessionsOfSpeaker(sessions: SessionView[], speakerId: number): SessionView[] {
  return sessions.filter((session) => [...session.speakers, ...session.moderators].some((speaker) => speaker.id === speakerId))
}

/**
 * Public profiles of these speakers, by name. Read as the public reads them: a speaker without
 * consent is not returned, whatever ids are asked for.
 */
export async function findPublicSpeakers(payload: Payload, ids: number[], locale: Locale): Promise<SpeakerView[]> {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'speakers',
    where: { and: [{ id: { in: ids } }, { consentToPublish: { equals: true } }] },
    locale,
    depth: 1,
    limit: ids.length,
    pagination: false,
    sort: 'name',
    overrideAccess: false,
    populate: { countries: { name: true, code: true }, media: { url: true, alt: true, width: true, height: true, mimeType: true, sizes: true } },
  })
  return docs.map(toSpeakerView)
}
