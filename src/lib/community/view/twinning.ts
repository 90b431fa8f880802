import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { isCity, isCountry } from '@/lib/geography/refs'
import { findPublicPractices, toPracticeCard } from '@/lib/practices/practiceCards'
import { rankBySharedThemes } from '@/lib/practices/relatedPractices'
import type { PracticeCard } from '@/lib/practices/search/types'
import type { Practice } from '@/payload-types'

export type TwinningMatches = {
  practices: PracticeCard[]
  /** Lead cities of those practices: cities that could partner. */
  cities: Array<{ slug: string; name: string; country: string | null }>
}

const regionOf = (practice: Practice): string | null => {
  const city = isCity(practice.leadCity) ? practice.leadCity : null
  const country = city && isCountry(city.country) ? city.country : null
  return country?.region ?? null
}

/** The world region of the requesting city, to prefer partners close by. */
async function requestRegion(payload: Payload, cityId: number | null): Promise<string | null> {
  if (!cityId) return null
  const city = await payload.findByID({ collection: 'cities', id: cityId, depth: 1, overrideAccess: false, disableErrors: true, select: { country: true } })
  return city && isCountry(city.country) ? (city.country.region ?? null) : null
}

/**
 * For a twinning request: published practices on the requested themes (those sharing most themes
 * first, the same world region before others; never the requesting city's own), and their cities
 * as possible partners.
 */
export async function findTwinningMatches(payload: Payload, { themeIds, cityId }: { themeIds: number[]; cityId: number | null }, locale: Locale, limit = 6): Promise<TwinningMatches> {
  if (themeIds.length === 0) return { practices: [], cities: [] }
  const candidates = await findPublicPractices(payload, { where: { themes: { in: themeIds } }, locale, limit: 48 })
  const region = await requestRegion(payload, cityId)
  // The requesting city's own practices are not partners.
  const elsewhere = candidates.filter((practice) => !(isCity(practice.leadCity) && practice.leadCity.id === cityId))
  const ranked = rankBySharedThemes(elsewhere, themeIds)
  const ordered = region ? [...ranked.filter((practice) => regionOf(practice) === region), ...ranked.filter((practice) => regionOf(practice) !== region)] : ranked
  const practices = ordered.slice(0, limit)
  const cities = new Map<string, TwinningMatches['cities'][number]>()
  for (const practice of ordered) {
    const city = isCity(practice.leadCity) ? practice.leadCity : null
    if (!city?.slug || cities.has(city.slug)) continue
    cities.set(city.slug, { slug: city.slug, name: city.name, country: isCountry(city.country) ? city.country.name : null })
    if (cities.size >= limit) break
  }
  return { practices: practices.map(toPracticeCard), cities: [...cities.values()] }
}
