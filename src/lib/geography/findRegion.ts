import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { countPublicPractices, distinctPublicIds } from '@/lib/practices/practiceCards'
import { practicesInCountry, practicesInRegion } from './practicesIn'
import { SUB_REGIONS, subRegionCodes, subRegionName, type WorldRegionCode, worldRegionCodes, worldRegionName } from './regions'
import type { CountryCount, RegionPageView, RegionSummary } from './views'

export const isWorldRegion = (key: string): key is WorldRegionCode => (worldRegionCodes as string[]).includes(key)

/**
 * Countries of a world region where published practices are carried out. A practice's further
 * locations may lie in other regions, so the candidates are checked against the region.
 */
async function countryIdsWithPractices(payload: Payload, region: string): Promise<number[]> {
  const [lead, other] = await Promise.all([
    distinctPublicIds(payload, 'leadCity.country', { 'leadCity.country.region': { equals: region } }),
    distinctPublicIds(payload, 'otherLocations.country', { 'otherLocations.country.region': { equals: region } }),
  ])
  const candidates = [...new Set([...lead, ...other])]
  if (candidates.length === 0) return []
  const { docs } = await payload.find({
    collection: 'countries',
    where: { and: [{ id: { in: candidates } }, { region: { equals: region } }] },
    depth: 0,
    limit: candidates.length,
    pagination: false,
    overrideAccess: false,
    select: { slug: true },
  })
  return docs.map((country) => country.id)
}

async function countriesWithCounts(payload: Payload, region: string, locale: Locale) {
  const ids = await countryIdsWithPractices(payload, region)
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'countries',
    where: { id: { in: ids } },
    locale,
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
  })
  return Promise.all(
    docs.map(async (country) => ({
      subregion: country.subregion ?? null,
      count: {
        name: country.name,
        slug: country.slug,
        code: country.code,
        practiceCount: await countPublicPractices(payload, practicesInCountry(country.id)),
      } satisfies CountryCount,
    })),
  )
}

/** A world region: its sub-regions and their countries with published practices, with counts. */
export async function findRegion(payload: Payload, key: string, locale: Locale): Promise<RegionPageView | null> {
  if (!isWorldRegion(key)) return null
  const [countries, practiceCount] = await Promise.all([countriesWithCounts(payload, key, locale), countPublicPractices(payload, practicesInRegion(key))])
  const byName = (a: CountryCount, b: CountryCount) => a.name.localeCompare(b.name, locale)
  const subregions: RegionPageView['subregions'] = subRegionCodes
    .filter((code) => SUB_REGIONS[code].region === key)
    .map((code) => ({
      key: code,
      name: subRegionName(code, locale),
      countries: countries
        .filter((country) => country.subregion === code)
        .map((country) => country.count)
        .sort(byName),
    }))
  const unassigned = countries.filter((country) => !country.subregion).map((country) => country.count)
  if (unassigned.length) subregions.push({ key: key, name: worldRegionName(key, locale), countries: unassigned.sort(byName) })
  return { key, name: worldRegionName(key, locale), practiceCount, subregions: subregions.filter((group) => group.countries.length > 0) }
}

/** Every world region with its number of published practices and of countries that have some. */
export async function findRegions(payload: Payload, locale: Locale): Promise<RegionSummary[]> {
  return Promise.all(
    worldRegionCodes.map(async (key) => {
      const [practiceCount, countryIds] = await Promise.all([countPublicPractices(payload, practicesInRegion(key)), countryIdsWithPractices(payload, key)])
      return { key, name: worldRegionName(key, locale), practiceCount, countryCount: countryIds.length }
    }),
  )
}
