import type { Payload, Where } from 'payload'

import { publicPracticeWhere } from '@/access/publishedPractices'
import type { Locale } from '@/i18n/locales'
import { isCity, isCountry } from '@/lib/geography/refs'
import type { Practice } from '@/payload-types'
import { toImageView } from './mediaView'
import type { PracticeCard } from './search/types'
import { toThemeRef } from './toPracticeView'

/** A practice as a card: what lists of related, similar and replicating practices show. */
export function toPracticeCard(practice: Practice): PracticeCard {
  const city = isCity(practice.leadCity) ? practice.leadCity : null
  const country = city && isCountry(city.country) ? city.country : null
  const image = toImageView(practice.images?.[0]?.image)
  return {
    id: practice.id,
    slug: practice.slug,
    title: practice.title,
    summary: practice.summary,
    city: city ? { slug: city.slug, name: city.name } : null,
    country: country ? { code: country.code, name: country.name } : null,
    themes: (practice.themes ?? []).map(toThemeRef).flatMap((theme) => (theme ? [{ slug: theme.slug, name: theme.name }] : [])),
    emissionsReduced: practice.impact?.emissionsReduced ?? null,
    verificationLevel: practice.impact?.verificationLevel ?? null,
    implementationStatus: practice.implementationStatus ?? null,
    startYear: practice.startYear ?? null,
    endYear: practice.endYear ?? null,
    image: image ? { url: image.url, alt: image.alt, width: image.width, height: image.height } : null,
  }
}

/** The fields a card needs, so lists never load a practice's whole story. */
export const cardSelect = {
  title: true,
  slug: true,
  summary: true,
  leadCity: true,
  otherLocations: true,
  themes: true,
  impact: { emissionsReduced: true, verificationLevel: true },
  implementationStatus: true,
  startYear: true,
  endYear: true,
  images: true,
  replicates: true,
  replicationKind: true,
  publishedAt: true,
} as const

/**
 * Published practices only, whoever asks: the public filter is added to the caller's and access
 * control applies (no user is passed, so Payload's read rule for anonymous visitors does too).
 */
export async function findPublicPractices(
  payload: Payload,
  args: { where: Where; locale: Locale; limit?: number; sort?: string },
): Promise<Practice[]> {
  const { docs } = await payload.find({
    collection: 'practices',
    where: { and: [publicPracticeWhere, args.where] },
    locale: args.locale,
    depth: 2,
    limit: args.limit ?? 100,
    sort: args.sort ?? '-publishedAt',
    overrideAccess: false,
    select: cardSelect,
    populate: {
      cities: { name: true, slug: true, country: true, latitude: true, population: true },
      countries: { name: true, code: true, numeric: true, slug: true, region: true, subregion: true },
      themes: { name: true, slug: true, kind: true },
    },
  })
  return docs as Practice[]
}

/** How many published practices match. */
export async function countPublicPractices(payload: Payload, where: Where): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'practices', where: { and: [publicPracticeWhere, where] }, overrideAccess: false })
  return totalDocs
}

/** The distinct ids a relationship path of published practices points to (e.g. `leadCity.country`). */
export async function distinctPublicIds(payload: Payload, field: string, where: Where = {}): Promise<number[]> {
  const { values } = await payload.findDistinct({
    collection: 'practices',
    field,
    where: { and: [publicPracticeWhere, where] },
    depth: 0,
    overrideAccess: false,
  })
  return values
    .map((row) => (row as Record<string, unknown>)[field])
    .map((value) => (value && typeof value === 'object' && 'id' in value ? value.id : value))
    .filter((value): value is number => typeof value === 'number')
}
