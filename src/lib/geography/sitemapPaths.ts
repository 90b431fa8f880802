import type { Payload } from 'payload'

import { publicPracticeWhere } from '@/access/publishedPractices'
import { distinctPublicIds } from '@/lib/practices/practiceCards'
import { worldRegionCodes } from './regions'

export type SitemapPath = { path: string; lastModified?: string }

async function slugsOf(payload: Payload, collection: 'cities' | 'countries', ids: number[]): Promise<SitemapPath[]> {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
    select: { slug: true, updatedAt: true },
  })
  const prefix = collection === 'cities' ? '/cities' : '/countries'
  return docs.map((doc) => ({ path: `${prefix}/${doc.slug}`, lastModified: doc.updatedAt }))
}

/**
 * Language-neutral paths of the repository for the sitemap: published, indexable practices; the
 * cities and countries where published practices are carried out; the world regions that have some.
 * Nothing unpublished can appear: every query is an anonymous visitor's with the public filter.
 */
export async function findRepositorySitemapPaths(payload: Payload): Promise<SitemapPath[]> {
  const [practices, leadCities, otherCities, leadCountries, otherCountries, leadRegions, otherRegions] = await Promise.all([
    payload.find({
      collection: 'practices',
      where: { and: [publicPracticeWhere, { 'meta.noIndex': { not_equals: true } }] },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      sort: '-publishedAt',
      select: { slug: true, updatedAt: true },
    }),
    distinctPublicIds(payload, 'leadCity'),
    distinctPublicIds(payload, 'otherLocations'),
    distinctPublicIds(payload, 'leadCity.country'),
    distinctPublicIds(payload, 'otherLocations.country'),
    distinctRegions(payload, 'leadCity.country.region'),
    distinctRegions(payload, 'otherLocations.country.region'),
  ])
  const [cities, countries] = await Promise.all([
    slugsOf(payload, 'cities', [...new Set([...leadCities, ...otherCities])]),
    slugsOf(payload, 'countries', [...new Set([...leadCountries, ...otherCountries])]),
  ])
  const regions = worldRegionCodes.filter((key) => leadRegions.includes(key) || otherRegions.includes(key))
  return [
    { path: '/practices' },
    ...practices.docs.map((doc) => ({ path: `/practices/${doc.slug}`, lastModified: doc.updatedAt })),
    ...cities,
    ...countries,
    { path: '/regions' },
    ...regions.map((key) => ({ path: `/regions/${key}` })),
  ]
}

async function distinctRegions(payload: Payload, field: string): Promise<string[]> {
  const { values } = await payload.findDistinct({ collection: 'practices', field, where: publicPracticeWhere, depth: 0, overrideAccess: false })
  return values.map((row) => (row as Record<string, unknown>)[field]).filter((value): value is string => typeof value === 'string')
}
