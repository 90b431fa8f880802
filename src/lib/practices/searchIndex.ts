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
  await syncScopeIfAny(payload, req, sql`(p.lead_city_id = ${id}
    OR p.id IN (SELECT parent_id FROM practices_rels WHERE path = 'otherLocations' AND cities_id = ${id})
    OR p.id IN (SELECT practice_id FROM practice_facets WHERE city_id = ${id}))`)
}

/** Re-indexes every practice placed in a country (through its cities), including those indexed under it. */
export async function syncPracticesOfCountry(payload: Payload, countryId: number | string, req?: Req): Promise<void> {
  const id = Number(countryId)
  await syncScopeIfAny(payload, req, sql`(p.lead_city_id IN (SELECT id FROM cities WHERE country_id = ${id})
    OR p.id IN (SELECT r.parent_id FROM practices_rels r JOIN cities c ON c.id = r.cities_id
                WHERE r.path = 'otherLocations' AND c.country_id = ${id})
    OR p.id IN (SELECT practice_id FROM practice_facets WHERE country_id = ${id}))`)
}

/** Re-indexes every practice under a theme, including those indexed under it. */
export async function syncPracticesOfTheme(payload: Payload, themeId: number | string, req?: Req): Promise<void> {
  const id = Number(themeId)
  await syncScopeIfAny(payload, req, sql`(p.id IN (SELECT parent_id FROM practices_rels WHERE path = 'themes' AND themes_id = ${id})
    OR p.id IN (SELECT practice_id FROM practice_facets WHERE ${id} = ANY (theme_ids)))`)
}

async function syncScope(payload: Payload, req: Req, scope: Statement): Promise<void> {
  const db = await sqlRunner(payload, req)
  await db.execute(indexStatement(scope))
}

/** Reference data changes often touch no practice (seeding countries and cities): a cheap look first. */
async function syncScopeIfAny(payload: Payload, req: Req, scope: Statement): Promise<void> {
  const db = await sqlRunner(payload, req)
  const { rows } = await db.execute(sql`SELECT EXISTS (SELECT 1 FROM practices p WHERE ${scope}) AS found`)
  if (rows[0]?.found) await db.execute(indexStatement(scope))
}

const BATCH = 2000

type Progress = (done: number, total: number) => void

/**
 * Rebuilds the index of the practices whose ids lie in [minId, maxId] from the live tables, in
 * batches (each its own statement). Returns the number of public practices indexed in the range.
 */
export async function reindexPractices(
  payload: Payload,
  range: { minId: number; maxId: number },
  options: { onProgress?: Progress } = {},
): Promise<number> {
  const db = await sqlRunner(payload)
  const span = Math.max(0, range.maxId - range.minId + 1)
  for (let from = range.minId; from <= range.maxId; from += BATCH) {
    const to = Math.min(from + BATCH - 1, range.maxId)
    await db.execute(indexStatement(sql`p.id BETWEEN ${from} AND ${to}`))
    options.onProgress?.(to - range.minId + 1, span)
  }
  const { rows } = await db.execute(
    sql`SELECT count(*)::int AS count FROM practice_facets WHERE practice_id BETWEEN ${range.minId} AND ${range.maxId}`,
  )
  return Number(rows[0]?.count ?? 0)
}

/**
 * Rebuilds the whole index, e.g. after seeding, after generating practices in bulk, or to repair
 * it. Returns the number of public practices indexed.
 */
export async function reindexAllPractices(payload: Payload, options: { onProgress?: Progress } = {}): Promise<number> {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`SELECT coalesce(min(id), 0)::int AS min, coalesce(max(id), 0)::int AS max FROM practices`)
  // Rows of practices that no longer exist cannot remain (foreign keys), so the range is the whole index.
  return reindexPractices(payload, { minId: Number(rows[0]?.min ?? 0), maxId: Number(rows[0]?.max ?? 0) }, options)
}
