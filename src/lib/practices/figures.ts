import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

/** The repository's headline figures: what the public can read, nothing else. */
export type RepositoryFigures = { practices: number; cities: number; countries: number }

function ids(values: Array<Record<string, unknown>>, field: string): number[] {
  return values
    .map((row) => row[field])
    .map((value) => (value && typeof value === 'object' && 'id' in value ? value.id : value))
    .filter((value): value is number => typeof value === 'number')
}

/**
 * Counts published practices, the cities that lead them and those cities' countries. Every query
 * runs as an anonymous visitor (`overrideAccess: false`), so drafts, submissions in review,
 * rejected and archived practices are not counted.
 */
export async function countRepositoryFigures(payload: Payload): Promise<RepositoryFigures> {
  const [{ totalDocs: practices }, leadCities] = await Promise.all([
    payload.count({ collection: 'practices', overrideAccess: false }),
    payload.findDistinct({ collection: 'practices', field: 'leadCity', depth: 0, overrideAccess: false }),
  ])
  const cityIds = ids(leadCities.values, 'leadCity')
  if (cityIds.length === 0) return { practices, cities: 0, countries: 0 }
  const countries = await payload.findDistinct({
    collection: 'cities',
    field: 'country',
    depth: 0,
    where: { id: { in: cityIds } },
    overrideAccess: false,
  })
  return { practices, cities: cityIds.length, countries: ids(countries.values, 'country').length }
}

/** The headline figures, cached until a practice or the geography changes. */
export const getRepositoryFigures = unstable_cache(
  async () => countRepositoryFigures(await getPayloadClient()),
  ['repository-figures'],
  { tags: [cacheTags.practices, cacheTags.geography] },
)
