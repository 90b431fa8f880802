import { sql } from '@payloadcms/db-postgres'

import type { Locale } from '@/i18n/locales'
import type { Statement } from '../database'
import { localizedName } from './localizedName'
import { cardsJson } from './practiceCards'
import { textQuery, TEXT_SEARCH_CONFIGS } from './textSearch'
import type { FacetName, PracticeSearchParams } from './types'

export const PAGE_SIZE = 20

/** How the free text selects practices: not at all, by full-text search, or by trigram similarity. */
export type MatchMode = 'all' | 'text' | 'fuzzy'

/** ts_rank_cd's weights for D, C, B, A: a title hit outweighs many body hits. */
const RANK_WEIGHTS = '{0.02, 0.05, 0.3, 1.0}'
/** Words shorter than this carry too few trigrams to match loosely. */
const MIN_FUZZY_WORD = 3
const MAX_FUZZY_WORDS = 6

const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`

/** The condition each active facet puts on a practice_facets row `f`; inactive facets are absent. */
function facetConditions(params: PracticeSearchParams): Partial<Record<FacetName, Statement>> {
  const conditions: Partial<Record<FacetName, Statement>> = {}
  if (params.themes.length) {
    conditions.theme = sql`f.theme_ids && ARRAY(SELECT id FROM themes WHERE slug = ANY (${textArray(params.themes)}))`
  }
  if (params.regions.length) conditions.region = sql`f.region = ANY (${textArray(params.regions)})`
  if (params.countries.length) {
    conditions.country = sql`f.country_id IN (SELECT id FROM countries WHERE code = ANY (${textArray(params.countries)}))`
  }
  if (params.cities.length) {
    conditions.city = sql`f.city_id IN (SELECT id FROM cities WHERE slug = ANY (${textArray(params.cities)}))`
  }
  if (params.populationBands.length) conditions.population = sql`f.population_band = ANY (${textArray(params.populationBands)})`
  if (params.missionOnly) conditions.mission = sql`f.mission_city`
  if (params.verification.length) conditions.verification = sql`f.verification_level = ANY (${textArray(params.verification)})`
  if (params.statuses.length) conditions.status = sql`f.implementation_status = ANY (${textArray(params.statuses)})`
  if (params.yearFrom != null || params.yearTo != null) {
    // Years the practice ran: from its start to its end, or on to today while it is not completed.
    const to = params.yearTo != null ? sql`f.start_year <= ${params.yearTo}` : sql`TRUE`
    const from =
      params.yearFrom != null
        ? sql`coalesce(f.end_year, CASE WHEN f.implementation_status = 'completed' THEN f.start_year ELSE 9999 END) >= ${params.yearFrom}`
        : sql`TRUE`
    conditions.year = sql`(f.start_year IS NOT NULL AND ${to} AND ${from})`
  }
  return conditions
}

/** The words of a query as the fuzzy text holds them (lower case, no accents are applied in SQL). */
export function fuzzyWords(q: string): string[] {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words.filter((word) => word.length >= MIN_FUZZY_WORD))].slice(0, MAX_FUZZY_WORDS)
}

/**
 * Where the candidates come from, as rows `f` with the facet columns: every public practice, or the
 * practice_search rows of the locale (one partition, facet values included) that match the text.
 */
function source(
  mode: MatchMode,
  q: string,
  locale: Locale,
  tsquery?: string,
): { from: Statement; rank: Statement; found?: Statement } {
  if (mode === 'all') return { from: sql`practice_facets f`, rank: sql`0::real` }
  // A literal (the locale is one of ours), so the planner reads that locale's partition only.
  const inLocale = sql.raw(`f.locale = '${locale}'`)
  if (mode === 'text') {
    // Best given as a value (see textSearchQuery): the planner then knows how many practices match.
    // Otherwise a scalar subquery, evaluated once per statement (inlined, the query would be parsed
    // again for every row: unaccent() is only STABLE, so PostgreSQL cannot fold it into a constant).
    const query = tsquery != null ? sql`${tsquery}::tsquery` : sql`(SELECT ${textQuery(sql`${TEXT_SEARCH_CONFIGS[locale]}::regconfig`, q)})`
    const matches = sql`practice_search f WHERE ${inLocale} AND f.document @@ ${query}`
    return {
      from: matches,
      rank: sql`ts_rank_cd(${RANK_WEIGHTS}::real[], f.document, ${query})`,
      // Whether the text matches anything at all, whatever the facets: if not, the fallback runs.
      found: sql`EXISTS (SELECT 1 FROM ${matches})`,
    }
  }
  const words = fuzzyWords(q).map((word) => sql`(SELECT unaccent(${word}))`)
  return {
    from: sql`practice_search f WHERE ${inLocale} AND ${sql.join(
      words.map((word) => sql`${word} <% f.fuzzy`),
      sql` AND `,
    )}`,
    rank: sql`(${sql.join(
      words.map((word) => sql`word_similarity(${word}, f.fuzzy)`),
      sql` + `,
    )})::real`,
  }
}

/** The text search query of `q` in a locale, as text, to pass to searchStatement. */
export function textSearchQuery(q: string, locale: Locale): Statement {
  return sql`SELECT (${textQuery(sql`${TEXT_SEARCH_CONFIGS[locale]}::regconfig`, q)})::text AS query`
}

const SORT_KEYS: Record<PracticeSearchParams['sort'], string[]> = {
  newest: ['published_at DESC NULLS LAST', 'practice_id DESC'],
  emissions: ['emissions_reduced DESC NULLS LAST', 'published_at DESC NULLS LAST', 'practice_id DESC'],
  relevance: ['rank DESC', 'published_at DESC NULLS LAST', 'practice_id DESC'],
}

/** The order of results; `of` qualifies the columns. The keys end in the id, so pages are stable. */
function orderBy(params: PracticeSearchParams, of = ''): Statement {
  return sql.raw(SORT_KEYS[params.sort].map((key) => of + key).join(', '))
}

/** Each single-valued facet's column in a row `f`, and how its values read as text (as in URLs). */
const FACET_COLUMNS: Record<Exclude<FacetName, 'theme'>, { column: string; text: (value: string) => string }> = {
  region: { column: 'region', text: (value) => value },
  country: { column: 'country_id', text: (value) => `${value}::text` },
  city: { column: 'city_id', text: (value) => `${value}::text` },
  population: { column: 'population_band', text: (value) => value },
  mission: { column: 'mission_city', text: (value) => `CASE WHEN ${value} THEN '1' END` },
  verification: { column: 'verification_level', text: (value) => value },
  status: { column: 'implementation_status', text: (value) => value },
  year: { column: 'start_year', text: (value) => `${value}::text` },
}
const SINGLE_VALUED = Object.keys(FACET_COLUMNS) as Array<Exclude<FacetName, 'theme'>>

/**
 * One statement for a whole result page: the total, the page's practice ids in order, the counts
 * of every facet (disjunctive: a facet's counts apply every filter but its own), and the map's
 * counts per country and city over the same result set as the list, with localized labels.
 *
 * Each matched practice is checked against every active facet once; a practice that fails no
 * facet is a result, one that fails exactly one facet still counts towards that facet's values.
 */
export function searchStatement(params: PracticeSearchParams, locale: Locale, mode: MatchMode, tsquery?: string): Statement {
  const conditions = facetConditions(params)
  const active = Object.keys(conditions) as FacetName[]
  const { from, rank, found } = source(mode, params.q, locale, tsquery)
  // A condition is false, not unknown, on a practice without a value (e.g. no start year).
  const ok = (facet: FacetName) => sql`coalesce(${conditions[facet]!}, false)`
  const misses = active.length ? sql.join(active.map((facet) => sql`(NOT ${ok(facet)})::int`), sql` + `) : sql`0`
  const okColumns = active.map((facet) => sql`, ${ok(facet)} AS ${sql.raw(`ok_${facet}`)}`)
  // A practice counts towards a facet's values when it passes every other facet: the results, and
  // for an active facet also the practices that fail that facet only.
  const countsOfNearMisses = (facet: FacetName) =>
    facet === 'theme'
      ? sql.raw(`SELECT 'theme', theme_id::text, count(*) FROM matched, unnest(theme_ids) AS theme_id
          WHERE misses = 1 AND NOT ok_theme GROUP BY theme_id`)
      : sql.raw(`SELECT '${facet}', ${FACET_COLUMNS[facet].text(`v_${facet}`)}, count(*) FROM matched
          WHERE misses = 1 AND NOT ok_${facet} GROUP BY v_${facet}`)
  const ranked = params.sort === 'relevance' && mode !== 'all'
  const offset = (params.page - 1) * PAGE_SIZE

  return sql`
WITH matched AS MATERIALIZED (
  SELECT * FROM (
    SELECT f.practice_id, f.theme_ids, f.emissions_reduced, f.published_at,
      ${sql.raw(SINGLE_VALUED.map((facet) => `f.${FACET_COLUMNS[facet].column} AS v_${facet}`).join(', '))},
      ${misses} AS misses,
      ${ranked ? sql`CASE WHEN ${misses} = 0 THEN ${rank} ELSE 0 END` : sql`0::real`} AS rank
      ${sql.join(okColumns, sql``)}
    FROM ${from}
  ) AS candidates
  -- A practice failing two facets is neither a result nor counted in any facet.
  WHERE misses <= 1
),
hits AS (SELECT * FROM matched WHERE misses = 0),
total AS (SELECT count(*)::int AS n FROM hits),
page AS (
  SELECT practice_id, rank, published_at, emissions_reduced FROM hits ORDER BY ${orderBy(params)}
  LIMIT ${PAGE_SIZE} OFFSET (SELECT LEAST(${offset}, GREATEST((n - 1) / ${PAGE_SIZE}, 0) * ${PAGE_SIZE}) FROM total)
),
counts AS (
  SELECT facet, value, sum(count)::int AS count FROM (
    SELECT CASE ${sql.raw(SINGLE_VALUED.map((facet) => `WHEN GROUPING(v_${facet}) = 0 THEN '${facet}'`).join(' '))} END AS facet,
      CASE ${sql.raw(SINGLE_VALUED.map((facet) => `WHEN GROUPING(v_${facet}) = 0 THEN ${FACET_COLUMNS[facet].text(`v_${facet}`)}`).join(' '))} END AS value,
      count(*) AS count
    FROM hits
    GROUP BY GROUPING SETS (${sql.raw(SINGLE_VALUED.map((facet) => `(v_${facet})`).join(', '))})
    UNION ALL
    SELECT 'theme', theme_id::text, count(*) FROM hits, unnest(theme_ids) AS theme_id GROUP BY theme_id
    ${sql.join(active.map((facet) => sql`UNION ALL ${countsOfNearMisses(facet)}`), sql` `)}
  ) AS parts
  GROUP BY facet, value
),
map_countries AS (SELECT v_country AS country_id, count(*)::int AS count FROM hits WHERE v_country IS NOT NULL GROUP BY v_country),
map_cities AS (SELECT v_city AS city_id, count(*)::int AS count FROM hits WHERE v_city IS NOT NULL GROUP BY v_city)
SELECT
  (SELECT n FROM total) AS total,
  ${found ? sql`CASE WHEN (SELECT n FROM total) > 0 THEN true ELSE ${found} END` : sql`NULL::boolean`} AS text_found,
  (SELECT LEAST(${params.page}, GREATEST((n + ${PAGE_SIZE} - 1) / ${PAGE_SIZE}, 1)) FROM total) AS page,
  ${cardsJson(locale, orderBy(params, 'page.'))} AS cards,
  (SELECT coalesce(json_agg(json_build_array(facet, value, count)), '[]') FROM counts
    WHERE value IS NOT NULL AND facet NOT IN ('theme', 'country', 'city')) AS counts,
  (SELECT coalesce(json_agg(json_build_array(t.slug, ${localizedName('themes', 't', locale)}, coalesce(c.count, 0))
      ORDER BY t.kind, t."order", t.id), '[]')
    FROM themes t LEFT JOIN counts c ON c.facet = 'theme' AND c.value = t.id::text) AS themes,
  (SELECT coalesce(json_agg(json_build_array(co.code, ${localizedName('countries', 'co', locale)}, coalesce(c.count, 0))), '[]')
    FROM countries co LEFT JOIN counts c ON c.facet = 'country' AND c.value = co.id::text
    WHERE c.count > 0 OR co.code = ANY (${textArray(params.countries)})) AS countries,
  (SELECT coalesce(json_agg(json_build_array(ci.slug, ${localizedName('cities', 'ci', locale)}, coalesce(c.count, 0))), '[]')
    FROM cities ci LEFT JOIN counts c ON c.facet = 'city' AND c.value = ci.id::text
    WHERE ci.id IN (SELECT value::int FROM counts WHERE facet = 'city') OR ci.slug = ANY (${textArray(params.cities)})) AS cities,
  (SELECT coalesce(json_agg(json_build_array(co.code, co.numeric, ${localizedName('countries', 'co', locale)}, mc.count)), '[]')
    FROM map_countries mc JOIN countries co ON co.id = mc.country_id) AS map_countries,
  (SELECT coalesce(json_agg(json_build_array(ci.slug, ${localizedName('cities', 'ci', locale)}, ci.latitude, ci.longitude, mc.count)), '[]')
    FROM map_cities mc JOIN cities ci ON ci.id = mc.city_id) AS map_cities`
}
