import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { SqlRunner, Statement } from '../database'
import { type FixedFacet, fixedFacetValues } from './facetLabels'
import { type CardRow, toPracticeCards } from './practiceCards'
import { countsStatement, fuzzyWords, type MatchMode, PAGE_SIZE, pageStatement, textSearchQuery } from './searchStatement'
import type { FacetName, FacetValue, MapCity, MapCountry, PracticeSearchParams, PracticeSearchResult } from './types'

type Counted = [value: string, label: string, count: number]

type CountsRow = {
  total: number
  /** Text searches: whether the text matches any practice, whatever the facets. */
  text_found: boolean | null
  counts: Array<[facet: FacetName, value: string, count: number]>
  themes: Counted[]
  countries: Counted[]
  cities: Counted[]
  map_countries: Array<[code: string, numeric: string, name: string, count: number]>
  map_cities: Array<[slug: string, name: string, latitude: number | string, longitude: number | string, count: number]>
}
type SearchRow = CountsRow & { page: number; cards: CardRow[] }

/** How alike a misspelt word must be to a word of a title or place name (pg_trgm word similarity). */
const FUZZY_THRESHOLD = 0.45

type Database = SqlRunner & {
  transaction: <T>(run: (tx: SqlRunner) => Promise<T>, config?: { accessMode?: 'read only' }) => Promise<T>
}

/**
 * Runs one statement in a read-only transaction of its own, with enough memory for the matched
 * practices to stay in memory (a broad word matches most of them; the default 4 MB spills to disk)
 * and without JIT compilation (which costs more than it saves on a query this short).
 */
async function readOnly(db: Database, mode: MatchMode, statement: Statement): Promise<Record<string, unknown>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('work_mem', '16MB', true), set_config('jit', 'off', true)`)
    // pg_trgm's default (0.6) misses one wrong letter in a short word ("heting" is 0.5 from "heating").
    if (mode === 'fuzzy') await tx.execute(sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`)
    const { rows } = await tx.execute(statement)
    return rows[0]
  }, { accessMode: 'read only' })
}

/**
 * The counts and the page of a search, as two statements on two connections at once (each scans
 * the matched practices; together they take about as long as the slower one). A page past the end
 * is asked again as the last page.
 */
async function runSearch(db: Database, params: PracticeSearchParams, locale: Locale, mode: MatchMode): Promise<SearchRow> {
  // The parsed query as a value lets the planner see how broad it is (parallel scan, memory).
  const tsquery = mode === 'text' ? String((await db.execute(textSearchQuery(params.q, locale))).rows[0]?.query ?? '') : undefined
  const [counts, requested] = await Promise.all([
    readOnly(db, mode, countsStatement(params, locale, mode, tsquery)) as Promise<CountsRow>,
    readOnly(db, mode, pageStatement(params, locale, mode, tsquery, params.page)),
  ])
  const page = Math.min(params.page, Math.max(1, Math.ceil(counts.total / PAGE_SIZE)))
  const cards = page === params.page ? requested.cards : (await readOnly(db, mode, pageStatement(params, locale, mode, tsquery, page))).cards
  return { ...counts, page, cards: cards as CardRow[] }
}

const byCountThenLabel = (locale: Locale) => (a: FacetValue, b: FacetValue) =>
  b.count - a.count || a.label.localeCompare(b.label, locale)

function buildFacets(row: SearchRow, params: PracticeSearchParams, locale: Locale): PracticeSearchResult['facets'] {
  const counts = new Map<string, number>()
  for (const [facet, value, count] of row.counts) counts.set(`${facet}:${value}`, count)
  const countOf = (facet: FacetName, value: string) => counts.get(`${facet}:${value}`) ?? 0

  const fixed = (facet: FixedFacet, selected: readonly string[]) =>
    fixedFacetValues(facet, locale).map(({ value, label }) => ({
      value,
      label,
      count: countOf(facet, value),
      selected: selected.includes(value),
    }))
  const fromDatabase = (values: Counted[], selected: readonly string[]) =>
    values.map(([value, label, count]) => ({ value, label, count, selected: selected.includes(value) }))

  const years = row.counts
    .filter(([facet]) => facet === 'year')
    .map(([, value, count]) => {
      const year = Number(value)
      const selected =
        (params.yearFrom != null || params.yearTo != null) &&
        (params.yearFrom == null || year >= params.yearFrom) &&
        (params.yearTo == null || year <= params.yearTo)
      return { value, label: value, count, selected }
    })
    .sort((a, b) => Number(b.value) - Number(a.value))

  return {
    theme: fromDatabase(row.themes, params.themes),
    region: fixed('region', params.regions),
    country: fromDatabase(row.countries, params.countries).sort(byCountThenLabel(locale)),
    city: fromDatabase(row.cities, params.cities).sort(byCountThenLabel(locale)),
    population: fixed('population', params.populationBands),
    mission: fixed('mission', params.missionOnly ? ['1'] : []),
    verification: fixed('verification', params.verification),
    status: fixed('status', params.statuses),
    year: years,
    evaluated: fixed('evaluated', params.evaluatedOnly ? ['1'] : []),
    minScore: fixed('minScore', params.minScore != null ? [String(params.minScore)] : []),
    label: fixed('label', params.labelledOnly ? ['1'] : []),
  }
}

function buildMap(row: SearchRow): PracticeSearchResult['map'] {
  const countries: MapCountry[] = row.map_countries.map(([code, numeric, name, count]) => ({ code, numeric, name, count }))
  const cities: MapCity[] = row.map_cities.map(([slug, name, latitude, longitude, count]) => ({
    slug,
    name,
    latitude: Number(latitude),
    longitude: Number(longitude),
    count,
  }))
  return { countries, cities }
}

/**
 * Searches the public practices: full-text in the locale's language (ranked title > summary >
 * body), falling back to typo-tolerant matching when the text matches no practice at all (with
 * or without the facets), filtered by the facets, with every facet's counts, the map of the same
 * result set and the page's cards. Two SQL statements at once, the counts and the page (twice that
 * when the fallback runs; before them, the text is parsed into a query, so the planner sees how
 * broad it is), and a Payload read of the cards' images (through access control) when they have any.
 *
 * Facets with a fixed vocabulary (region, population, mission, verification, status, evaluation) and themes
 * list every value, some with a count of 0; countries, cities and years list the values that
 * have results, plus the selected ones.
 */
export async function searchPractices(
  params: PracticeSearchParams,
  requestedLocale: Locale,
  options: { payload?: Payload } = {},
): Promise<PracticeSearchResult> {
  const locale = isLocale(requestedLocale) ? requestedLocale : defaultLocale
  // Imported here, not at the top: scripts and tests pass their own Payload, before any config is loaded.
  const payload = options.payload ?? (await (await import('@/lib/payload')).getPayloadClient())
  // Payload types its drizzle handle loosely; the search needs raw SQL and read-only transactions.
  const db = payload.db.drizzle as unknown as Database
  const q = params.q.trim()

  let row = await runSearch(db, params, locale, q ? 'text' : 'all')
  let fuzzy = false
  if (q && row.text_found === false && fuzzyWords(q).length) {
    const loose = await runSearch(db, params, locale, 'fuzzy')
    if (loose.total > 0) {
      row = loose
      fuzzy = true
    }
  }

  const items = await toPracticeCards(payload, row.cards, locale)
  return {
    params,
    locale,
    total: row.total,
    page: row.page,
    pageCount: Math.ceil(row.total / PAGE_SIZE),
    pageSize: PAGE_SIZE,
    items,
    facets: buildFacets(row, params, locale),
    map: buildMap(row),
    fuzzy,
  }
}
