import { TZDate } from '@date-fns/tz'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { paragraphs } from '../richText'
import { demoEdition } from './event/edition'
import { demoSessions } from './event/sessions'
import { demoSpeakers } from './event/speakers'

const context = { disableRevalidate: true }
const write = { context, overrideAccess: true, depth: 0 } as const
const translations: Locale[] = ['fr', 'es', 'pt']

type Collection = 'themes' | 'practices' | 'speakers' | 'event-sessions'

/** Ids by slug of what exists (drafts too), so a second run finds what the first created. */
async function idsBySlug(payload: Payload, collection: Collection, slugs: string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { slug: { in: [...new Set(slugs)] } },
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { slug: true },
  })
  return new Map(docs.map((doc) => [doc.slug, doc.id]))
}

/** '2027-06-15 09:00' in the edition's zone, as a UTC instant. */
function instant(local: string): string {
  const [date, time] = local.split(' ')
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, demoEdition.timeZone).getTime()).toISOString()
}

async function seedSpeakers(payload: Payload): Promise<Map<string, number>> {
  const ids = await idsBySlug(
    payload,
    'speakers',
    demoSpeakers.map((speaker) => speaker.slug),
  )
  const codes = [...new Set(demoSpeakers.map((speaker) => speaker.country))]
  const { docs: countries } = await payload.find({ collection: 'countries', where: { code: { in: codes } }, pagination: false, depth: 0, overrideAccess: true, select: { code: true } })
  const countryIds = new Map(countries.map((country) => [country.code, country.id]))
  for (const speaker of demoSpeakers) {
    if (ids.has(speaker.slug)) continue
    const { role, biography, country, ...rest } = speaker
    const created = await payload.create({
      collection: 'speakers',
      locale: 'en',
      ...write,
      data: { ...rest, country: countryIds.get(country) ?? null, role: role.en, biography: biography.en },
    })
    for (const locale of translations) {
      await payload.update({ collection: 'speakers', id: created.id, locale, ...write, data: { role: role[locale], biography: biography[locale] } })
    }
    ids.set(speaker.slug, created.id)
  }
  return ids
}

async function seedEdition(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'event-editions',
    where: { slug: { equals: demoEdition.slug } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { slug: true },
  })
  if (docs[0]) return docs[0].id
  const { title, theme, description, access, venue, ...rest } = demoEdition
  const created = await payload.create({
    collection: 'event-editions',
    locale: 'en',
    ...write,
    data: {
      ...rest,
      title: title.en,
      theme: theme.en,
      description: paragraphs(...description.en),
      venue: { ...venue, access: access.en },
      _status: 'published',
    },
  })
  for (const locale of translations) {
    await payload.update({
      collection: 'event-editions',
      id: created.id,
      locale,
      ...write,
      data: {
        title: title[locale],
        theme: theme[locale],
        description: paragraphs(...description[locale]),
        venue: { ...venue, access: access[locale] },
        _status: 'published',
      },
    })
  }
  return created.id
}

const pick = (ids: Map<string, number>, slugs: string[] | undefined): number[] =>
  (slugs ?? []).flatMap((slug) => {
    const id = ids.get(slug)
    return id === undefined ? [] : [id]
  })

/**
 * The demo edition `global-outreach-2027` (Brussels, hybrid, 15–16 June 2027) with its speakers and
 * programme, in English, French, Spanish and Portuguese. What already exists (by slug) is left
 * alone, so running it again creates nothing. Returns how many sessions it created.
 */
export async function seedDemoEvent(payload: Payload): Promise<number> {
  const speakers = await seedSpeakers(payload)
  const editionId = await seedEdition(payload)
  const themes = await idsBySlug(
    payload,
    'themes',
    demoSessions.flatMap((session) => session.themes),
  )
  const practices = await idsBySlug(
    payload,
    'practices',
    demoSessions.flatMap((session) => session.practices ?? []),
  )
  const existing = await idsBySlug(
    payload,
    'event-sessions',
    demoSessions.map((session) => session.slug),
  )
  let created = 0
  for (const session of demoSessions) {
    if (existing.has(session.slug)) continue
    const { title, description } = session
    const doc = await payload.create({
      collection: 'event-sessions',
      locale: 'en',
      ...write,
      data: {
        edition: editionId,
        slug: session.slug,
        title: title.en,
        description: description.en,
        type: session.type,
        track: session.track ?? null,
        room: session.room,
        startsAt: instant(session.starts),
        endsAt: instant(session.ends),
        languages: session.languages,
        interpretation: session.interpretation ?? [],
        speakers: pick(speakers, session.speakers),
        moderators: pick(speakers, session.moderators),
        themes: pick(themes, session.themes),
        practices: pick(practices, session.practices),
        capacity: session.capacity ?? null,
        _status: 'published',
      },
    })
    for (const locale of translations) {
      await payload.update({
        collection: 'event-sessions',
        id: doc.id,
        locale,
        ...write,
        data: { title: title[locale], description: description[locale], _status: 'published' },
      })
    }
    created += 1
  }
  return created
}
