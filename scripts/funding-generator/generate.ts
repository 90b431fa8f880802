import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { localeCodes } from '@/i18n/locales'
import { fundingIndexStatement } from '@/lib/funding/index/indexStatement'
import type { SqlRunner } from '@/lib/practices/database'
import { type GeneratedAction, type GeneratedOrganisation, generateAction, type Reference, type ReferenceCountry } from './actionData'
import { random, type Random } from '../random'
import { ORGANISATION_KINDS } from './vocabulary'

/** External ids of generated actions, and slugs of generated organisations, start with this. */
export const GENERATED_PREFIX = 'gen-'
const BATCH = 1000
const ORGANISATIONS = 300
const EUROPEAN_PROVIDERS = new Set(['NO', 'CH', 'GB', 'IS'])

type Transactional = SqlRunner & { transaction: (run: (tx: SqlRunner) => Promise<void>) => Promise<void> }
type Progress = (stage: string, done: number, total: number) => void

const json = (rows: unknown[]) => sql`${JSON.stringify(rows)}::json`

async function countries(db: SqlRunner): Promise<ReferenceCountry[]> {
  const { rows } = await db.execute(
    sql`SELECT id, code, region::text AS region, eu_member, horizon_associated, oda_eligible FROM countries ORDER BY id`,
  )
  return rows.map((row) => ({
    id: Number(row.id),
    code: String(row.code),
    region: String(row.region),
    euMember: Boolean(row.eu_member),
    associated: Boolean(row.horizon_associated),
    oda: Boolean(row.oda_eligible),
  }))
}

/** Provider organisations for the generated actions: public bodies of European countries, and others anywhere. */
async function insertOrganisations(db: SqlRunner, rng: Random, all: ReferenceCountry[], runId: string): Promise<GeneratedOrganisation[]> {
  const european = all.filter((country) => country.euMember || EUROPEAN_PROVIDERS.has(country.code))
  const planned = Array.from({ length: ORGANISATIONS }, (_, index) => {
    const isEuropean = index < ORGANISATIONS * 0.7
    const country = rng.pick(isEuropean ? european : all)
    const kind = rng.pick(ORGANISATION_KINDS)
    return { index, kind, country, isEuropean, type: rng.pick(['government', 'agency', 'development_bank', 'funder', 'foundation', 'network']) }
  })
  const { rows } = await db.execute(sql`
    INSERT INTO organisations (slug, type, country_id, website, acronym, is_demo)
    SELECT x.slug, x.type::enum_organisations_type, x.country_id, x.website, x.acronym, true
    FROM json_to_recordset(${json(planned.map((o) => ({
      slug: `${GENERATED_PREFIX}org-${runId}-${o.index}`,
      type: o.type,
      country_id: o.country.id,
      website: `https://org-${o.index}.example.org`,
      acronym: `G${o.index}`,
    })))}) AS x(slug text, type text, country_id int, website text, acronym text)
    RETURNING id, slug`)
  const idOf = new Map(rows.map((row) => [String(row.slug), Number(row.id)]))
  const locales = planned.flatMap((o) =>
    localeCodes.map((locale) => ({
      _parent_id: idOf.get(`${GENERATED_PREFIX}org-${runId}-${o.index}`),
      _locale: locale,
      name: `${o.kind[locale]} ${o.country.code} ${o.index}`,
    })),
  )
  await db.execute(sql`
    INSERT INTO organisations_locales (_parent_id, _locale, name)
    SELECT x._parent_id, x._locale::_locales, x.name FROM json_to_recordset(${json(locales)}) AS x(_parent_id int, _locale text, name text)`)
  return planned.map((o) => ({ id: idOf.get(`${GENERATED_PREFIX}org-${runId}-${o.index}`) as number, countryId: o.country.id, european: o.isEuropean }))
}

/** The values of a hasMany select, one row each, into its own table. */
async function insertSelect(tx: SqlRunner, table: string, type: string, values: Array<{ parent_id: number; order: number; value: string }>) {
  if (!values.length) return
  await tx.execute(sql`
    INSERT INTO ${sql.raw(table)} ("order", parent_id, value)
    SELECT x."order", x.parent_id, x.value::${sql.raw(type)} FROM json_to_recordset(${json(values)}) AS x("order" int, parent_id int, value text)`)
}

async function insertBatch(tx: SqlRunner, batch: GeneratedAction[]): Promise<number[]> {
  const inserted = await tx.execute(sql`
    INSERT INTO funding_actions (external_id, slug, level, direction, provider_country_id, eligibility_country_scope,
      eligibility_min_population, dates_rolling, dates_opens_at, dates_closes_at, apply_url, source_label, source_url,
      last_verified_at, published_at, is_demo, _status)
    SELECT x.external_id, x.slug, x.level::enum_funding_actions_level, x.direction::enum_funding_actions_direction,
      x.provider_country_id, x.eligibility_country_scope::enum_funding_actions_eligibility_country_scope,
      x.eligibility_min_population, x.dates_rolling, x.dates_opens_at, x.dates_closes_at, x.apply_url, x.source_label,
      x.source_url, x.last_verified_at, x.published_at, true, 'published'
    FROM json_to_recordset(${json(batch.map((item) => item.row))}) AS x(external_id text, slug text, level text, direction text,
      provider_country_id int, eligibility_country_scope text, eligibility_min_population numeric, dates_rolling boolean,
      dates_opens_at timestamptz, dates_closes_at timestamptz, apply_url text, source_label text, source_url text,
      last_verified_at timestamptz, published_at timestamptz)
    RETURNING id, external_id`)
  const idOf = new Map(inserted.rows.map((row) => [String(row.external_id), Number(row.id)]))
  const withId = batch.map((item) => ({ item, id: idOf.get(String(item.row.external_id)) as number }))

  await tx.execute(sql`
    INSERT INTO funding_actions_locales (_parent_id, _locale, title, summary)
    SELECT x._parent_id, x._locale::_locales, x.title, x.summary
    FROM json_to_recordset(${json(withId.flatMap(({ item, id }) => item.locales.map((row) => ({ ...row, _parent_id: id }))))})
      AS x(_parent_id int, _locale text, title text, summary text)`)
  const values = (pick: (item: GeneratedAction) => string[]) =>
    withId.flatMap(({ item, id }) => pick(item).map((value, index) => ({ parent_id: id, order: index + 1, value })))
  await insertSelect(tx, 'funding_actions_instruments', 'enum_funding_actions_instruments', values((item) => item.instruments))
  await insertSelect(tx, 'funding_actions_eligibility_regions', 'enum_funding_actions_eligibility_regions', values((item) => item.regions))
  await insertSelect(tx, 'funding_actions_eligibility_applicant_types', 'enum_funding_actions_eligibility_applicant_types', values((item) => item.applicantTypes))

  const rels = withId.flatMap(({ item, id }) => [
    ...item.themes.map((themes_id, index) => ({ parent_id: id, order: index + 1, path: 'themes', themes_id })),
    ...item.providers.map((organisations_id, index) => ({ parent_id: id, order: index + 1, path: 'providers', organisations_id })),
    ...item.countries.map((countries_id, index) => ({ parent_id: id, order: index + 1, path: 'eligibility.countries', countries_id })),
  ])
  await tx.execute(sql`
    INSERT INTO funding_actions_rels (parent_id, "order", path, themes_id, organisations_id, countries_id)
    SELECT x.parent_id, x."order", x.path, x.themes_id, x.organisations_id, x.countries_id
    FROM json_to_recordset(${json(rels)}) AS x(parent_id int, "order" int, path text, themes_id int, organisations_id int, countries_id int)`)
  return withId.map(({ id }) => id)
}

/** Removes the actions and organisations an earlier run generated (their index rows go with them). */
export async function removeGeneratedFunding(payload: Payload): Promise<{ actions: number; organisations: number }> {
  const db = payload.db.drizzle as unknown as SqlRunner
  const prefix = `${GENERATED_PREFIX}%`
  const actions = await db.execute(
    sql`WITH gone AS (DELETE FROM funding_actions WHERE is_demo AND external_id LIKE ${prefix} RETURNING 1) SELECT count(*)::int AS count FROM gone`,
  )
  const organisations = await db.execute(
    sql`WITH gone AS (DELETE FROM organisations WHERE is_demo AND slug LIKE ${prefix} RETURNING 1) SELECT count(*)::int AS count FROM gone`,
  )
  return { actions: Number(actions.rows[0]?.count ?? 0), organisations: Number(organisations.rows[0]?.count ?? 0) }
}

/**
 * Inserts `count` synthetic published funding actions (marked as demo data, external ids `gen-…`)
 * and their provider organisations straight into Payload's tables, then indexes them in batches.
 * Payload reads a published document from these tables; versions are only read for drafts, so
 * none are written.
 */
export async function generateFunding(
  payload: Payload,
  options: { count: number; seed?: number; onProgress?: Progress },
): Promise<{ created: number; organisations: number }> {
  // Payload types its drizzle handle loosely; the generator needs raw SQL in one transaction.
  const db = payload.db.drizzle as unknown as Transactional
  const all = await countries(db)
  const themes = await db.execute(sql`SELECT id FROM themes ORDER BY id`)
  if (!all.length || !themes.rows.length) throw new Error('There are no countries or themes to refer to: run `npm run seed` first.')
  const rng = random(options.seed ?? 2026)
  const runId = Date.now().toString(36)
  const organisations = await insertOrganisations(db, rng, all, runId)
  const ref: Reference = { countries: all, themeIds: themes.rows.map((row) => Number(row.id)), organisations }
  const now = Date.now()
  let minId = Infinity
  let maxId = 0
  for (let done = 0; done < options.count; ) {
    const size = Math.min(BATCH, options.count - done)
    const batch = Array.from({ length: size }, (_, offset) => generateAction(rng, ref, done + offset, runId, now))
    await db.transaction(async (tx) => {
      const ids = await insertBatch(tx, batch)
      minId = Math.min(minId, ...ids)
      maxId = Math.max(maxId, ...ids)
    })
    done += size
    options.onProgress?.('inserted', done, options.count)
  }
  for (let from = minId; from <= maxId; from += BATCH) {
    await db.execute(fundingIndexStatement(sql`a.id BETWEEN ${from} AND ${Math.min(from + BATCH - 1, maxId)}`))
    options.onProgress?.('indexed', Math.min(from + BATCH, maxId + 1) - minId, maxId - minId + 1)
  }
  // Fresh statistics, so the planner knows the new size of the tables from the first query on.
  for (const table of ['funding_actions', 'funding_actions_locales', 'funding_actions_rels', 'funding_facets', 'funding_search', 'organisations']) {
    await db.execute(sql`ANALYZE ${sql.raw(`"${table}"`)}`)
  }
  return { created: options.count, organisations: organisations.length }
}
