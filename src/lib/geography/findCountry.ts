import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { countPublicPractices, distinctPublicIds, findPublicPractices, toPracticeCard } from '@/lib/practices/practiceCards'
import { practicesInCity, practicesInCountry } from './practicesIn'
import { toCountryRef } from './refs'
import type { CountryPageView } from './views'

export const COUNTRY_PRACTICES_SHOWN = 24

/** The cities of a country where published practices are carried out (as lead city or further location). */
async function citiesWithPractices(payload: Payload, countryId: number, locale: Locale): Promise<CountryPageView['cities']> {
  const [lead, other] = await Promise.all([
    distinctPublicIds(payload, 'leadCity', { 'leadCity.country': { equals: countryId } }),
    distinctPublicIds(payload, 'otherLocations', { 'otherLocations.country': { equals: countryId } }),
  ])
  const ids = [...new Set([...lead, ...other])]
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'cities',
    where: { and: [{ id: { in: ids } }, { country: { equals: countryId } }] },
    locale,
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
    sort: 'name',
  })
  return Promise.all(
    docs.map(async (city) => ({
      name: city.name,
      slug: city.slug,
      country: null,
      population: city.population ?? null,
      missionCity: Boolean(city.missionCity),
      practiceCount: await countPublicPractices(payload, practicesInCity(city.id)),
    })),
  )
}

/** A country, its cities with published practices, and the most recent of those practices. */
export async function findCountry(payload: Payload, slug: string, locale: Locale): Promise<CountryPageView | null> {
  const { docs } = await payload.find({
    collection: 'countries',
    where: { slug: { equals: slug } },
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  const country = docs[0]
  const ref = toCountryRef(country)
  if (!country || !ref) return null
  const [cities, practices, practiceCount] = await Promise.all([
    citiesWithPractices(payload, country.id, locale),
    findPublicPractices(payload, { where: practicesInCountry(country.id), locale, limit: COUNTRY_PRACTICES_SHOWN }),
    countPublicPractices(payload, practicesInCountry(country.id)),
  ])
  return {
    ...ref,
    id: country.id,
    euMember: Boolean(country.euMember),
    horizonAssociated: Boolean(country.horizonAssociated),
    odaEligible: Boolean(country.odaEligible),
    cities,
    practices: practices.map(toPracticeCard),
    practiceCount,
  }
}
