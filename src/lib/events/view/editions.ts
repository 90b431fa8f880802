import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { EventEdition } from '@/payload-types'
import type { EditionSummary, EditionView } from './types'

/**
 * The fields a public page may show. The streaming link is left out on purpose (its field access
 * hides it from the public already; it is not even read here).
 */
const summarySelect = {
  title: true,
  slug: true,
  theme: true,
  year: true,
  format: true,
  stage: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: { name: true },
} as const

const editionSelect = {
  ...summarySelect,
  description: true,
  venue: { name: true, address: true, latitude: true, longitude: true, access: true },
  capacity: { inPerson: true, online: true },
  registration: { opensAt: true, closesAt: true },
  updatedAt: true,
} as const

type SummaryDoc = Pick<EventEdition, 'id' | 'title' | 'slug' | 'theme' | 'year' | 'format' | 'stage' | 'startsAt' | 'endsAt' | 'timeZone' | 'venue'>

function toSummary(doc: SummaryDoc): EditionSummary {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    theme: doc.theme || null,
    year: doc.year,
    format: doc.format,
    stage: doc.stage,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    timeZone: doc.timeZone,
    venueName: doc.venue?.name || null,
  }
}

function toEditionView(doc: EventEdition): EditionView {
  return {
    ...toSummary(doc),
    description: doc.description ?? null,
    venue: {
      name: doc.venue?.name || null,
      address: doc.venue?.address || null,
      latitude: doc.venue?.latitude ?? null,
      longitude: doc.venue?.longitude ?? null,
      access: doc.venue?.access || null,
    },
    capacity: { inPerson: doc.capacity?.inPerson ?? 0, online: doc.capacity?.online ?? 0 },
    registration: { opensAt: doc.registration?.opensAt ?? null, closesAt: doc.registration?.closesAt ?? null },
    updatedAt: doc.updatedAt,
  }
}

/** A published edition, read as the public reads it (a draft or unknown slug gives null). */
export async function findPublicEdition(payload: Payload, slug: string, locale: Locale): Promise<EditionView | null> {
  const { docs } = await payload.find({
    collection: 'event-editions',
    where: { slug: { equals: slug } },
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    select: editionSelect,
  })
  const doc = docs[0]
  return doc ? toEditionView(doc as EventEdition) : null
}

export type EditionList = { upcoming: EditionSummary[]; past: EditionSummary[] }

/** Published editions: those not yet over first (soonest first), then past ones (latest first). */
export async function findPublicEditions(payload: Payload, locale: Locale): Promise<EditionSummary[]> {
  const { docs } = await payload.find({
    collection: 'event-editions',
    locale,
    depth: 0,
    limit: 200,
    pagination: false,
    sort: 'startsAt',
    overrideAccess: false,
    select: summarySelect,
  })
  return docs.map((doc) => toSummary(doc as SummaryDoc))
}

/** Splits editions at `now`: an edition is upcoming until it has ended. */
export function splitEditions(editions: EditionSummary[], now: Date): EditionList {
  const upcoming = editions.filter((edition) => Date.parse(edition.endsAt) >= now.getTime())
  const past = editions.filter((edition) => Date.parse(edition.endsAt) < now.getTime()).reverse()
  return { upcoming, past }
}
