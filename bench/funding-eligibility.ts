/**
 * "What can this city apply for?" at the server, over the funding actions in the database, typically
 * after `npm run generate:funding -- --count 20000`. The main scenario is the issue's: for ~200
 * random cities, each with a random applicant type (or none), the published actions open to the city
 * and not closed, first page of 20 by closing date, with the total and each action's reasons — the
 * subject lookup, one SQL statement and the reasons, as the page would run them. The same is timed
 * with an index-friendly form of the eligibility condition (proposed for eligibility.ts; it uses the
 * indexes of migration 20261129_035841_funding_eligibility_index), and `matchFunding` (the search
 * page's entry point) for the same questions, without and with facet counts. Reported as p50/p95/max in ms, sequential, after warm-up, with a fixed seed.
 *
 *   GKEC_DATA_DIR=.data-funding-bench node --import tsx/esm bench/funding-eligibility.ts
 *   (or DATABASE_URL=postgres://…; BENCH_QUERIES=200, BENCH_SEED=7, BENCH_EXPLAIN=1 prints a plan)
 */
import { cpus, loadavg } from 'node:os'
import { getPayload, type Payload } from 'payload'
import type { sql as sqlTag } from '@payloadcms/db-postgres'

import { closePayload } from '@/db/closePayload'
import type { Locale } from '@/i18n/locales'
import { prepareEnvironment } from '@/lib/bootstrap/environment'
import { loadConfig } from '@/lib/bootstrap/loadConfig'
import { type ApplicantType, APPLICANT_TYPES, keysOf } from '@/lib/funding/options'
import { type SqlRunner, sqlRunner } from '@/lib/practices/database'
import { percentile, summary } from './support/stats'

/** Imported after the config (see loadConfig): statically imported, these can leave that import hanging. */
let sql: typeof sqlTag
let eligibility: typeof import('@/lib/funding/eligibility')
let status: typeof import('@/lib/funding/status')
let matching: typeof import('@/lib/funding/search/matchFunding')
let params: typeof import('@/lib/funding/params')

const QUERIES = Number(process.env.BENCH_QUERIES ?? 200)
const SEED = Number(process.env.BENCH_SEED ?? 7)
const TARGET_MS = 100
const PAGE = 20

let state = SEED
const next = () => {
  state = (state * 1103515245 + 12345) % 2147483648
  return state / 2147483648
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]

type Question = { city: string; applicantType: ApplicantType | null; locale: Locale }

async function questions(db: SqlRunner, count: number): Promise<Question[]> {
  const { rows } = await db.execute(sql`SELECT slug FROM cities ORDER BY id`)
  const cities = rows.map((row) => String(row.slug))
  if (!cities.length) throw new Error('There are no cities: run `npm run seed` (or generate:funding, which seeds them) first.')
  const types = keysOf(APPLICANT_TYPES)
  return Array.from({ length: count }, () => ({
    city: pick(cities),
    applicantType: next() < 0.3 ? null : pick(types),
    locale: pick(['en', 'fr', 'es', 'pt'] as const),
  }))
}

/**
 * The eligibility query as the page runs it: the open actions the subject may apply for, their
 * total, and the first page by closing date with the columns the reasons need and the title.
 */
type Subject = NonNullable<Awaited<ReturnType<typeof eligibility.subjectForCity>>>
type Condition = (subject: Subject) => ReturnType<typeof sql>

/**
 * The same rules as `eligibilityCondition`, written so that the indexes of migration
 * 20261129_035841_funding_eligibility_index apply (`@>` instead of `= ANY`, no per-row cast of the
 * arrays to text[]): proposed for src/lib/funding/eligibility.ts, timed here beside it.
 */
function indexedEligibilityCondition(subject: Subject) {
  const scopes = ['any']
  if (subject.odaEligible) scopes.push('oda')
  if (subject.euMember || subject.associated) scopes.push('eu_associated')
  return sql`(
    ((cardinality(f.eligible_country_ids) = 0 AND cardinality(f.eligible_regions) = 0)
      OR f.eligible_country_ids @> ARRAY[${subject.countryId}::int]
      OR f.eligible_regions @> ARRAY[${subject.region ?? ''}::varchar])
    AND f.country_scope = ANY (${sql.param(scopes)}::text[])
    ${subject.applicantType ? sql`AND (cardinality(f.applicant_types) = 0 OR ${subject.applicantType}::varchar = ANY (f.applicant_types))` : sql``}
    ${subject.population != null ? sql`AND (f.min_population IS NULL OR f.min_population <= ${subject.population})` : sql``}
  )`
}

function eligibleStatement(subject: Subject, locale: Locale, now: Date, condition: Condition = (s) => eligibility.eligibilityCondition(s)) {
  const at = sql`${now.toISOString()}::timestamptz`
  const order = sql.raw('closes_at ASC NULLS LAST, published_at DESC NULLS LAST, action_id DESC')
  // Titles are read for the page's 20 rows only, after the sort: not for every match.
  return sql`
WITH matched AS MATERIALIZED (
  SELECT f.action_id, f.slug, f.opens_at, f.closes_at, f.rolling, f.published_at, f.eligible_country_ids, f.eligible_regions,
    f.country_scope, f.applicant_types, f.min_population
  FROM funding_facets f
  WHERE ${condition(subject)} AND ${status.fundingStatusSql(at)} <> 'closed'
),
page AS (SELECT * FROM matched ORDER BY ${order} LIMIT ${PAGE})
SELECT (SELECT count(*)::int FROM matched) AS total,
  (SELECT coalesce(json_agg(p ORDER BY ${order}), '[]')
   FROM (SELECT page.*, s.title FROM page JOIN funding_search s ON s.action_id = page.action_id AND s.locale = ${locale}) p) AS rows`
}

type Timing = { ms: number[]; totals: number[] }

async function timeEligibility(db: SqlRunner, list: Question[], condition?: Condition): Promise<Timing> {
  const timing: Timing = { ms: [], totals: [] }
  for (const question of list) {
    const started = performance.now()
    const subject = await eligibility.subjectForCity(db, question.city, question.applicantType)
    if (!subject) throw new Error(`No city ${question.city}`)
    const { rows } = await db.execute(eligibleStatement(subject, question.locale, new Date(), condition))
    const page = rows[0].rows as Array<Parameters<typeof eligibility.eligibilityReasons>[0]>
    for (const row of page) eligibility.eligibilityReasons(row, subject)
    timing.ms.push(performance.now() - started)
    timing.totals.push(Number(rows[0].total))
  }
  return timing
}

async function timeMatchFunding(payload: Payload, list: Question[], counts: boolean): Promise<Timing> {
  const timing: Timing = { ms: [], totals: [] }
  for (const question of list) {
    const search = {
      ...params.EMPTY_FUNDING_SEARCH,
      city: question.city,
      applicantTypes: question.applicantType ? [question.applicantType] : [],
      sort: 'closing' as const,
    }
    const started = performance.now()
    const result = await matching.matchFunding(payload, search, question.locale, { limit: PAGE, counts })
    timing.ms.push(performance.now() - started)
    timing.totals.push(result.total)
  }
  return timing
}

async function explain(db: SqlRunner, question: Question, condition?: Condition) {
  const subject = await eligibility.subjectForCity(db, question.city, question.applicantType)
  if (!subject) return
  const { rows } = await db.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${eligibleStatement(subject, question.locale, new Date(), condition)}`)
  const which = condition ? 'the proposed condition' : 'eligibilityCondition'
  console.log(`\nEXPLAIN ANALYZE with ${which} for ${question.city} (${question.applicantType ?? 'any type'}, ${question.locale}):`)
  for (const row of rows) console.log(`  ${String(row['QUERY PLAN'])}`)
}

async function main() {
  const { embedded } = await prepareEnvironment({ dev: true })
  const config = await loadConfig()
  ;({ sql } = await import('@payloadcms/db-postgres'))
  eligibility = await import('@/lib/funding/eligibility')
  status = await import('@/lib/funding/status')
  matching = await import('@/lib/funding/search/matchFunding')
  params = await import('@/lib/funding/params')
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    const db = await sqlRunner(payload)
    const { rows } = await db.execute(sql`
      SELECT (SELECT count(*) FROM funding_facets)::int AS indexed,
        (SELECT count(*) FROM funding_facets WHERE closes_at IS NULL OR closes_at > now())::int AS not_closed,
        (SELECT count(*) FROM cities)::int AS cities, version() AS version`)
    const info = rows[0]
    console.log(`GKEC funding eligibility — ${info.indexed} published actions indexed (${info.not_closed} not past their deadline), ${info.cities} cities`)
    console.log(`${String(info.version).split(' on ')[0]}, Node ${process.version}; times in ms at the server, sequential, after warm-up`)
    // How busy the machine is: other processes slow every figure below by the same factor.
    const calibration: number[] = []
    for (let run = 0; run < 3; run++) {
      const started = performance.now()
      await db.execute(sql`SELECT count(*) FROM generate_series(1, 1000000)`)
      calibration.push(performance.now() - started)
    }
    console.log(
      `machine: load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${cpus().length} CPUs; ` +
        `counting 1,000,000 rows in PostgreSQL took ${Math.min(...calibration).toFixed(0)} ms (compare runs by this)`,
    )
    if (Number(info.indexed) < 10_000) console.log('(few actions: run `npm run generate:funding -- --count 20000` first)')

    const warmUp = await questions(db, 10)
    await timeEligibility(db, warmUp)
    await timeEligibility(db, warmUp, indexedEligibilityCondition)
    await timeMatchFunding(payload, warmUp, false)
    const list = await questions(db, QUERIES)

    const eligible = await timeEligibility(db, list)
    const indexed = await timeEligibility(db, list, indexedEligibilityCondition)
    const matched = await timeMatchFunding(payload, list, false)
    const withCounts = await timeMatchFunding(payload, list, true)

    console.log('')
    console.log('scenario'.padEnd(58), 'runs', '     p50     p95     max', '  results p50')
    const line = (name: string, timing: Timing) =>
      console.log(name.padEnd(58), String(timing.ms.length).padStart(4), summary(timing.ms), String(percentile(timing.totals, 50)).padStart(12))
    line('city → open eligible actions, page 20 + total + reasons', eligible)
    line('  the same with the proposed index-friendly condition', indexed)
    line('  the same through matchFunding (search page, no counts)', matched)
    line('  matchFunding with the facet counts', withCounts)

    if (process.env.BENCH_EXPLAIN) {
      await explain(db, list[0])
      await explain(db, list[0], indexedEligibilityCondition)
    }
    const p95 = percentile(eligible.ms, 95)
    console.log('')
    console.log(`p95 of the eligibility query: ${p95.toFixed(1)} ms (target: under ${TARGET_MS} ms) — ${p95 < TARGET_MS ? 'met' : 'NOT met'}`)
    const p95Indexed = percentile(indexed.ms, 95)
    console.log(`p95 with the proposed condition: ${p95Indexed.toFixed(1)} ms — ${p95Indexed < TARGET_MS ? 'met' : 'NOT met'}`)
    const p95Match = percentile(matched.ms, 95)
    console.log(`p95 through matchFunding: ${p95Match.toFixed(1)} ms — ${p95Match < TARGET_MS ? 'met' : 'NOT met'}`)
  } finally {
    // The embedded server ends its connections as it stops; that is not an error here.
    payload.db.pool?.on('error', () => undefined)
    await closePayload(payload)
    await embedded?.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
