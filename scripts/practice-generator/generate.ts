import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { localeCodes, type Locale } from '@/i18n/locales'
import { type SqlRunner, sqlRunner } from '@/lib/practices/database'
import { reindexPractices } from '@/lib/practices/searchIndex'
import { paragraphs } from '@/seed/richText'
import { MEASURES, type Phrase, SENTENCES, TARGETS } from './vocabulary'
import { random } from '../random'

/** Slugs of generated practices start with this, so they can be told apart and removed. */
export const GENERATED_SLUG_PREFIX = 'generated-'
const BATCH = 1000

type Transactional = SqlRunner & { transaction: (run: (tx: SqlRunner) => Promise<void>) => Promise<void> }


type Reference = { cityIds: number[]; domainIds: number[]; enablerIds: number[] }

async function reference(db: SqlRunner): Promise<Reference> {
  const cities = await db.execute(sql`SELECT id FROM cities ORDER BY id`)
  const themes = await db.execute(sql`SELECT id, kind::text AS kind FROM themes ORDER BY id`)
  const ids = (rows: Array<Record<string, unknown>>) => rows.map((row) => Number(row.id))
  return {
    cityIds: ids(cities.rows),
    domainIds: ids(themes.rows.filter((row) => row.kind === 'domain')),
    enablerIds: ids(themes.rows.filter((row) => row.kind === 'enabler')),
  }
}

type Generated = {
  practice: Record<string, unknown>
  locales: Array<Record<string, unknown>>
  themes: number[]
}

function generateOne(rng: ReturnType<typeof random>, ref: Reference, index: number, runId: string): Generated {
  const measure = rng.pick(MEASURES)
  const target = rng.pick(TARGETS)
  const story = rng.several(SENTENCES, 9)
  // A few cities hold many practices, most hold a few, as in the real repository.
  const city = ref.cityIds[Math.floor(ref.cityIds.length * rng.next() ** 2)]
  const status = rng.pick(['planned', 'ongoing', 'ongoing', 'completed', 'completed', 'completed'])
  const startYear = status === 'planned' ? rng.int(2025, 2028) : rng.int(2005, 2024)
  const endYear = status === 'completed' ? Math.min(startYear + rng.int(1, 6), 2025) : null
  const publishedAt = new Date(Date.UTC(rng.int(2016, 2025), rng.int(0, 11), rng.int(1, 28), rng.int(0, 23)))
  const emissions = rng.next() < 0.15 ? null : Math.round(10 ** (1 + rng.next() * 4.5))
  const themes = [rng.pick(ref.domainIds)]
  if (ref.enablerIds.length && rng.next() < 0.6) themes.push(rng.pick(ref.enablerIds))
  if (rng.next() < 0.25) themes.push(rng.pick(ref.domainIds))

  const say = (locale: Locale, phrases: Phrase[]) => phrases.map((phrase) => phrase[locale])
  return {
    practice: {
      slug: `${GENERATED_SLUG_PREFIX}${runId}-${index}`,
      lead_city_id: city,
      scale: rng.pick(['neighbourhood', 'city', 'city', 'metropolitan', 'regional']),
      implementation_status: status,
      start_year: startYear,
      end_year: endYear,
      impact_emissions_reduced: emissions,
      impact_verification_level: rng.pick(['self_reported', 'self_reported', 'expert_reviewed', 'independently_verified']),
      published_at: publishedAt.toISOString(),
    },
    locales: localeCodes.map((locale) => ({
      _locale: locale,
      title: `${measure[locale]} ${target[locale]}`,
      summary: `${measure[locale]} ${target[locale]}. ${say(locale, story.slice(0, 2)).join(' ')}`,
      challenge: paragraphs(...say(locale, story.slice(2, 4))),
      solution: paragraphs(...say(locale, story.slice(4, 7))),
      results: paragraphs(...say(locale, story.slice(7, 9))),
    })),
    themes: [...new Set(themes)],
  }
}

/** Inserts one batch; returns the ids it got. */
async function insertBatch(tx: SqlRunner, batch: Generated[]): Promise<number[]> {
  const inserted = await tx.execute(sql`
    INSERT INTO practices (slug, lead_city_id, scale, implementation_status, start_year, end_year,
      impact_emissions_reduced, impact_verification_level, published_at, workflow_status, _status, is_demo, submission_origin)
    SELECT x.slug, x.lead_city_id, x.scale::enum_practices_scale, x.implementation_status::enum_practices_implementation_status,
      x.start_year, x.end_year, x.impact_emissions_reduced, x.impact_verification_level::enum_practices_impact_verification_level,
      x.published_at, 'published', 'published', true, 'editorial'
    FROM json_to_recordset(${JSON.stringify(batch.map((item) => item.practice))}::json) AS x(
      slug text, lead_city_id int, scale text, implementation_status text, start_year int, end_year int,
      impact_emissions_reduced numeric, impact_verification_level text, published_at timestamptz)
    RETURNING id, slug`)
  const idOf = new Map(inserted.rows.map((row) => [String(row.slug), Number(row.id)]))
  const locales = batch.flatMap((item) => item.locales.map((row) => ({ ...row, _parent_id: idOf.get(String(item.practice.slug)) })))
  await tx.execute(sql`
    INSERT INTO practices_locales (_parent_id, _locale, title, summary, challenge, solution, results)
    SELECT x._parent_id, x._locale::_locales, x.title, x.summary, x.challenge, x.solution, x.results
    FROM json_to_recordset(${JSON.stringify(locales)}::json) AS x(
      _parent_id int, _locale text, title text, summary text, challenge jsonb, solution jsonb, results jsonb)`)
  const rels = batch.flatMap((item) =>
    item.themes.map((themeId, order) => ({ parent_id: idOf.get(String(item.practice.slug)), order: order + 1, themes_id: themeId })),
  )
  await tx.execute(sql`
    INSERT INTO practices_rels (parent_id, "order", path, themes_id)
    SELECT x.parent_id, x."order", 'themes', x.themes_id
    FROM json_to_recordset(${JSON.stringify(rels)}::json) AS x(parent_id int, "order" int, themes_id int)`)
  return [...idOf.values()]
}

/** Removes the practices an earlier run generated (their index rows go with them). */
export async function removeGeneratedPractices(payload: Payload): Promise<number> {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(
    sql`WITH gone AS (DELETE FROM practices WHERE is_demo AND slug LIKE ${`${GENERATED_SLUG_PREFIX}%`} RETURNING 1)
        SELECT count(*)::int AS count FROM gone`,
  )
  return Number(rows[0]?.count ?? 0)
}

/**
 * Inserts `count` synthetic published practices (marked as demo content) straight into Payload's
 * tables, spread over the existing cities and themes, with text in every locale, then indexes them
 * for search. Payload reads a published document from these tables; versions are only read for
 * drafts, so none are written.
 */
export async function generatePractices(
  payload: Payload,
  options: { count: number; seed?: number; onProgress?: (stage: string, done: number, total: number) => void },
): Promise<{ created: number; indexed: number }> {
  // Payload types its drizzle handle loosely; the generator needs raw SQL in one transaction.
  const db = payload.db.drizzle as unknown as Transactional
  const ref = await reference(db)
  if (!ref.cityIds.length || !ref.domainIds.length) {
    throw new Error('There are no cities or themes to place practices in: run `npm run seed` first.')
  }
  const rng = random(options.seed ?? 2026)
  const runId = Date.now().toString(36)
  let minId = Infinity
  let maxId = 0
  for (let done = 0; done < options.count; ) {
    const size = Math.min(BATCH, options.count - done)
    const batch = Array.from({ length: size }, (_, offset) => generateOne(rng, ref, done + offset, runId))
    await db.transaction(async (tx) => {
      const ids = await insertBatch(tx, batch)
      minId = Math.min(minId, ...ids)
      maxId = Math.max(maxId, ...ids)
    })
    done += size
    options.onProgress?.('inserted', done, options.count)
  }

  const indexed = await reindexPractices(
    payload,
    { minId, maxId },
    { onProgress: (done, total) => options.onProgress?.('indexed', done, total) },
  )
  // Fresh statistics, so the planner knows the new size of the tables from the first search on.
  for (const table of ['practices', 'practices_locales', 'practices_rels', 'practice_search', 'practice_facets']) {
    await db.execute(sql`ANALYZE ${sql.raw(`"${table}"`)}`)
  }
  return { created: options.count, indexed }
}
