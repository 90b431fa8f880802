import { sql } from '@payloadcms/db-postgres'
import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { cacheTags } from '@/lib/cache/tags'
import { EMPTY_FUNDING_SEARCH } from '@/lib/funding/params'
import { matchFunding } from '@/lib/funding/search/matchFunding'
import { getPayloadClient } from '@/lib/payload'
import { sqlRunner } from '@/lib/practices/database'
import { countRepositoryFigures } from '@/lib/practices/figures'
import type { PracticeCard } from '@/lib/practices/search/types'
import type { KeyFigureMetric } from './options'

/** Every key figure that does not depend on the page it is shown on. */
export type SiteKeyFigures = Record<Exclude<KeyFigureMetric, 'emissionsFeatured'>, number>

/**
 * The live figures, from published data only: the repository's own headline counts (as the home
 * page shows them), the Mission cities and the emissions avoided over the public practices' facet
 * rows (which hold published practices only), and the funding actions open or closing soon now,
 * through the funding search's one matching function.
 */
export async function computeKeyFigures(payload: Payload, now: Date = new Date()): Promise<SiteKeyFigures> {
  const repository = await countRepositoryFigures(payload)
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`
    SELECT count(DISTINCT city_id) FILTER (WHERE mission_city)::int AS mission_cities,
           coalesce(sum(emissions_reduced), 0)::float8 AS emissions
    FROM practice_facets`)
  const facts = rows[0] as { mission_cities: number; emissions: number }
  const funding = await matchFunding(payload, { ...EMPTY_FUNDING_SEARCH, statuses: ['closing_soon', 'open'] }, 'en', { now, limit: 1 })
  return {
    ...repository,
    missionCities: Number(facts.mission_cities),
    emissionsAll: Math.round(Number(facts.emissions)),
    fundingOpen: funding.total,
  }
}

/**
 * The figures, cached until a practice, a place or a funding action changes, and at most five
 * minutes (an action opens and closes with time alone).
 */
export const getKeyFigures = unstable_cache(async () => computeKeyFigures(await getPayloadClient()), ['campaign-key-figures'], {
  tags: [cacheTags.keyFigures, cacheTags.practices, cacheTags.geography, cacheTags.funding],
  revalidate: 300,
})

/** tCO2e a year avoided by the practices a page features, each counted once. */
export function featuredEmissions(cards: PracticeCard[]): number {
  const byId = new Map(cards.map((card) => [card.id, card.emissionsReduced ?? 0]))
  return Math.round([...byId.values()].reduce((sum, value) => sum + value, 0))
}
