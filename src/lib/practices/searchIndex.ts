import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlRunner, type Statement } from './database'
import { indexStatement } from './search/indexStatement'

type Req = Partial<PayloadRequest> | undefined

/**
 * Brings one practice's search and facet rows in line with its live row: indexed in every locale
 * when it is public (published and through the workflow), removed otherwise. Runs in `req`'s
 * transaction when there is one, so a rolled-back change leaves the index as it was.
 */
export async function syncPracticeSearch(payload: Payload, practiceId: number | string, req?: Req): Promise<void> {
  // A deleted practice has lost its rows already, by the foreign keys' ON DELETE CASCADE.
  await syncScope(payload, req, sql`p.id = ${Number(practiceId)}`)
}

/** Re-indexes every practice that uses a city (as lead city or further location), including those indexed under it. */
export async function syncPracticesOfCity(payload: Payload, cityId: number | string, req?: Req): Promise<void> {
  const id = Number(cityId)
  await syncScope(payload, req, sql`(p.lead_city_id = ${id}
    OR p.id IN (SELECT parent_id FROM practices_rels WHERE path = 'otherLocations' AND cities_id = ${id})
    OR p.id IN (SELECT practice_id FROM practice_facets WHERE city_id = ${id}))`)
}

/** Re-indexes every practice placed in a country (through its cities), including those indexed under it. */
export async function syncPracticesOfCountry(payload: Payload, countryId: number | string, req?: Req): Promise<void> {
  const id = Number(countryId)
  await syncScope(payload, req, sql`(p.lead_city_id IN (SELECT id FROM cities WHERE country_id = ${id})
    OR p.id IN (SELECT r.parent_id FROM practices_rels r JOIN cities c ON c.id = r.cities_id
                WHERE r.path = 'otherLocations' AND c.country_id = ${id})
    OR p.id IN (SELECT practice_id FROM practice_facets WHERE country_id = ${id}))`)
}

/** Re-indexes every practice under a theme, including those indexed under it. */
export async function syncPracticesOfTheme(payload: Payload, themeId: number | string, req?: Req): Promise<void> {
  const id = Number(themeId)
  await syncScope(payload, req, sql`(p.id IN (SELECT parent_id FROM practices_rels WHERE path = 'themes' AND themes_id = ${id})
    OR p.id IN (SELECT practice_id FROM practice_facets WHERE ${id} = ANY (theme_ids)))`)
}

async function syncScope(payload: Payload, req: Req, scope: Statement): Promise<void> {
  const db = await sqlRunner(payload, req)
  await db.execute(indexStatement(scope))
}

const BATCH = 2000

/**
 * Rebuilds the whole index from the live tables, in batches of practices (each its own statement),
 * e.g. after seeding, after generating practices in bulk, or to repair it. Returns the number of
 * public practices indexed.
 */
export async function reindexAllPractices(
  payload: Payload,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const db = payload.db.drizzle as unknown as Awaited<ReturnType<typeof sqlRunner>>
  const { rows } = await db.execute(sql`SELECT coalesce(min(id), 0) AS min, coalesce(max(id), 0) AS max, count(*) AS total FROM practices`)
  const min = Number(rows[0]?.min ?? 0)
  const max = Number(rows[0]?.max ?? 0)
  const total = Number(rows[0]?.total ?? 0)
  for (let from = min; from <= max && total > 0; from += BATCH) {
    await db.execute(indexStatement(sql`p.id >= ${from} AND p.id < ${from + BATCH}`))
    options.onProgress?.(Math.min(from + BATCH - min, max - min + 1), max - min + 1)
  }
  // Rows of practices that no longer exist cannot remain (foreign keys), so this is the whole index.
  const indexed = await db.execute(sql`SELECT count(*) AS count FROM practice_facets`)
  return Number(indexed.rows[0]?.count ?? 0)
}
