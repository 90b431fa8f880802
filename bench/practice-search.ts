/**
 * Practice search speed at the server: `searchPractices` called directly (SQL, facet counts, map,
 * cards), over the practices in the database, typically after `npm run generate:practices -- --count 50000`.
 * The main scenario is the issue's: 200 queries of free text combined with two facets, facet counts
 * included, reported as p50/p95/max; its two statements (counts, page) are timed alone too, and a few other
 * scenarios for comparison. Queries are drawn from the generator's vocabulary in all four
 * languages (words of practice titles, as visitors search for subjects; a worst case with the
 * commonest words of the stories is reported too), with a fixed seed, so runs are comparable.
 *
 *   GKEC_DATA_DIR=.data-search node --import tsx/esm bench/practice-search.ts
 *   (or DATABASE_URL=postgres://…; BENCH_QUERIES=200, BENCH_SEED=7)
 */
import { cpus, loadavg } from 'node:os'
import { getPayload, type Payload } from 'payload'
import type { sql as sqlTag } from '@payloadcms/db-postgres'

import { MEASURES, type Phrase, SENTENCES, TARGETS } from '../scripts/practice-generator/vocabulary'
import { closePayload } from '@/db/closePayload'
import { localeCodes, type Locale } from '@/i18n/locales'
import { POPULATION_BANDS, worldRegionCodes } from '@/lib/geography/regions'
import { prepareEnvironment } from '@/lib/bootstrap/environment'
import { type SqlRunner, sqlRunner } from '@/lib/practices/database'
import { EMPTY_SEARCH } from '@/lib/practices/searchUrl'
import type { PracticeSearchParams } from '@/lib/practices/search/types'
import { loadConfig } from '@/lib/bootstrap/loadConfig'
import { percentile, summary } from './support/stats'

/** Imported after the config (see loadConfig): statically imported, it can leave that import hanging. */
let sql: typeof sqlTag

const QUERIES = Number(process.env.BENCH_QUERIES ?? 200)
const SEED = Number(process.env.BENCH_SEED ?? 7)

let state = SEED
const next = () => {
  state = (state * 1103515245 + 12345) % 2147483648
  return state / 2147483648
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]

/** Words of five letters or more in some phrases of one locale. */
function wordsIn(phrases: Phrase[], locale: Locale): string[] {
  const text = phrases.map((phrase) => phrase[locale]).join(' ')
  return [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])]
}
/** What visitors search for: the subjects of practices (the words of generated titles, each in a few % of practices). */
const topicWords = (locale: Locale) => wordsIn([...MEASURES, ...TARGETS], locale)
/** Words of the generated stories: each is in a third to a half of all practices, a worst case. */
const commonWords = (locale: Locale) => wordsIn(SENTENCES, locale)

type Facets = { themes: string[]; countries: string[] }

async function facetValues(db: SqlRunner): Promise<Facets> {
  const themes = await db.execute(sql`SELECT slug FROM themes ORDER BY id`)
  const countries = await db.execute(
    sql`SELECT c.code FROM countries c WHERE c.id IN (SELECT DISTINCT country_id FROM practice_facets) ORDER BY c.code`,
  )
  return { themes: themes.rows.map((row) => String(row.slug)), countries: countries.rows.map((row) => String(row.code)) }
}

/** One facet filter, chosen at random among those a visitor uses most. */
function addFacet(params: PracticeSearchParams, facet: string, values: Facets): PracticeSearchParams {
  switch (facet) {
    case 'theme':
      return { ...params, themes: [pick(values.themes)] }
    case 'region':
      return { ...params, regions: [pick(worldRegionCodes)] }
    case 'country':
      return { ...params, countries: [pick(values.countries)] }
    case 'population':
      return { ...params, populationBands: [pick(POPULATION_BANDS).value] }
    case 'verification':
      return { ...params, verification: [pick(['self_reported', 'expert_reviewed', 'independently_verified'])] }
    case 'status':
      return { ...params, statuses: [pick(['planned', 'ongoing', 'completed'])] }
    default:
      return { ...params, yearFrom: 2010 + Math.floor(next() * 10), yearTo: 2020 + Math.floor(next() * 5) }
  }
}

type Query = { params: PracticeSearchParams; locale: Locale; label: string }

function textAndTwoFacets(values: Facets, words = topicWords): Query {
  const locale = pick(localeCodes)
  const q = pick(words(locale))
  const facets = ['theme', 'region', 'country', 'population', 'verification', 'status', 'year']
  const first = pick(facets)
  const second = pick(facets.filter((facet) => facet !== first))
  const params = addFacet(addFacet({ ...EMPTY_SEARCH, q, sort: pick(['relevance', 'relevance', 'newest', 'emissions'] as const) }, first, values), second, values)
  return { params, locale, label: `${locale} "${q}" + ${first} + ${second}` }
}

async function time(payload: Payload, queries: Query[]) {
  // Imported once the config is loaded: these modules are part of its import graph, and importing
  // them first leaves tsx's loader waiting forever on the config.
  const { searchPractices } = await import('@/lib/practices/search')
  const { countsStatement, pageStatement, textSearchQuery } = await import('@/lib/practices/search/searchStatement')
  const db = await sqlRunner(payload)
  const full: number[] = []
  const statement: number[] = []
  const page: number[] = []
  const totals: number[] = []
  let fuzzy = 0
  for (const query of queries) {
    let started = performance.now()
    const result = await searchPractices(query.params, query.locale, { payload })
    full.push(performance.now() - started)
    totals.push(result.total)
    if (result.fuzzy) fuzzy++
    // Each of the two statements that searchPractices runs at once, alone (see runSearch).
    const mode = query.params.q ? 'text' : 'all'
    const tsquery = query.params.q ? String((await db.execute(textSearchQuery(query.params.q, query.locale))).rows[0]?.query) : undefined
    started = performance.now()
    await db.execute(countsStatement(query.params, query.locale, mode, tsquery))
    statement.push(performance.now() - started)
    started = performance.now()
    await db.execute(pageStatement(query.params, query.locale, mode, tsquery, query.params.page))
    page.push(performance.now() - started)
  }
  return { full, statement, page, totals, fuzzy }
}

async function main() {
  const { embedded } = await prepareEnvironment({ dev: true })
  const config = await loadConfig()
  ;({ sql } = await import('@payloadcms/db-postgres'))
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    const db = await sqlRunner(payload)
    const { rows } = await db.execute(
      sql`SELECT (SELECT count(*) FROM practice_facets)::int AS indexed, (SELECT count(*) FROM practice_search)::int AS documents, version() AS version`,
    )
    const values = await facetValues(db)
    console.log(`GKEC practice search — ${rows[0].indexed} public practices indexed (${rows[0].documents} documents in 4 languages)`)
    console.log(`${String(rows[0].version).split(' on ')[0]}, Node ${process.version}; times in ms at the server, sequential, after warm-up`)
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
    if (Number(rows[0].indexed) < 1000) console.log('(few practices: run `npm run generate:practices -- --count 50000` first)')

    const warmUp = Array.from({ length: 10 }, () => textAndTwoFacets(values))
    await time(payload, warmUp)

    const main = Array.from({ length: QUERIES }, () => textAndTwoFacets(values))
    const measured = await time(payload, main)
    console.log('')
    console.log('scenario'.padEnd(44), 'runs', '     p50     p95     max', '  results p50')
    const line = (name: string, values: number[], runs: number, totals?: number[]) =>
      console.log(name.padEnd(44), String(runs).padStart(4), summary(values), totals ? String(percentile(totals, 50)).padStart(12) : '')
    line('text + two facets, with counts and map', measured.full, QUERIES, measured.totals)
    line('  its counts statement alone', measured.statement, QUERIES)
    line('  its page statement alone', measured.page, QUERIES)
    if (process.env.BENCH_VERBOSE) {
      const slowest = main.map((query, index) => ({ query, ms: measured.full[index], total: measured.totals[index] }))
      for (const { query, ms, total } of slowest.sort((a, b) => b.ms - a.ms).slice(0, 12)) {
        console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${String(total).padStart(6)} results  ${query.label} (${query.params.sort})`)
      }
    }

    const others: Array<[string, () => Query]> = [
      ['no text, no filter (the repository’s first page)', () => ({ params: EMPTY_SEARCH, locale: pick(localeCodes), label: '' })],
      ['common word + two facets (worst case)', () => textAndTwoFacets(values, commonWords)],
      ['text only', () => ({ ...textAndTwoFacets(values), params: { ...EMPTY_SEARCH, q: pick(topicWords('en')) }, locale: 'en' })],
      ['two facets, no text', () => {
        const query = textAndTwoFacets(values)
        return { ...query, params: { ...query.params, q: '' } }
      }],
      ['misspelt text (typo-tolerant fallback)', () => {
        const word = pick(topicWords('en'))
        return { params: { ...EMPTY_SEARCH, q: word.slice(0, 3) + word.slice(4) }, locale: 'en', label: '' }
      }],
    ]
    for (const [name, make] of others) {
      const result = await time(payload, Array.from({ length: 30 }, make))
      line(name, result.full, 30, result.totals)
    }
    const p95 = percentile(measured.full, 95)
    console.log('')
    console.log(`p95 of text + two facets: ${p95.toFixed(1)} ms (target: under 150 ms) — ${p95 < 150 ? 'met' : 'NOT met'}; ${measured.fuzzy} of ${QUERIES} used the fallback`)
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
