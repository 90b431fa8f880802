import { sql } from '@payloadcms/db-postgres'

import type { Locale } from '@/i18n/locales'
import type { Statement } from '../database'
import { populationBand } from './indexStatement'
import { localizedName } from './localizedName'
import { cardsJson } from './practiceCards'
import { textQuery, TEXT_SEARCH_CONFIGS } from './textSearch'
import { type FacetName, MIN_SCORES, type PracticeSearchParams } from './types'

export const PAGE_SIZE = 20

/** How the free text selects practices: not at all, by full-text search, or by trigram similarity. */
export type MatchMode = 'all' | 'text' | 'fuzzy'

/**
 * ts_rank's weights for D, C, B, A: a title hit outweighs many body hits. ts_rank (word frequency),
 * not ts_rank_cd (cover density): ranking every match of a broad word with ts_rank_cd cost
 * 4 µs a practice, up to 150 ms on 50,000 (bench/practice-search.ts); ts_rank costs a sixth of that.
 */
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
  if (params.evaluatedOnly) conditions.evaluated = sql`f.evaluation_percent IS NOT NULL`
  if (params.minScore != null) conditions.minScore = sql`f.evaluation_percent >= ${params.minScore}`
  if (params.labelledOnly) conditions.label = sql`f.label_expires_at > now()`
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
): { table: Statement; where: Statement; rank: Statement; found?: Statement } {
  if (mode === 'all') return { table: sql`practice_facets f`, where: sql`TRUE`, rank: sql`0::real` }
  // A literal (the locale is one of ours), so the planner reads that locale's partition only.
  const inLocale = sql.raw(`f.locale = '${locale}'`)
  if (mode === 'text') {
    // Best given as a value (see textSearchQuery): the planner then knows how many practices match.
    // Otherwise a scalar subquery, evaluated once per statement (inlined, the query would be parsed
    // again for every row: unaccent() is only STABLE, so PostgreSQL cannot fold it into a constant).
    const query = tsquery != null ? sql`${tsquery}::tsquery` : sql`(SELECT ${textQuery(sql`${TEXT_SEARCH_CONFIGS[locale]}::regconfig`, q)})`
    const where = sql`${inLocale} AND f.document @@ ${query}`
    return {
      table: sql`practice_search f`,
      where,
      rank: sql`ts_rank(${RANK_WEIGHTS}::real[], f.document, ${query})`,
      // Whether the text matches anything at all, whatever the facets: if not, the fallback runs.
      found: sql`EXISTS (SELECT 1 FROM practice_search f WHERE ${where})`,
    }
  }
  const words = fuzzyWords(q).map((word) => sql`(SELECT unaccent(${word}))`)
  return {
    table: sql`practice_search f`,
    where: sql`${inLocale} AND ${sql.join(
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
  score: ['evaluation_percent DESC NULLS LAST', 'published_at DESC NULLS LAST', 'practice_id DESC'],
}

/** The order of results; `of` qualifies the columns. The keys end in the id, so pages are stable. */
function orderBy(params: PracticeSearchParams, of = ''): Statement {
  return sql.raw(SORT_KEYS[params.sort].map((key) => of + key).join(', '))
}

/** Each single-valued facet's value in a row `f`, and how its values read as text (as in URLs). */
const FACET_COLUMNS: Record<Exclude<FacetName, 'theme' | 'evaluated' | 'label'>, { value: string; text: (value: string) => string }> = {
  region: { value: 'f.region', text: (value) => value },
  country: { value: 'f.country_id', text: (value) => `${value}::text` },
  city: { value: 'f.city_id', text: (value) => `${value}::text` },
  population: { value: 'f.population_band', text: (value) => value },
  mission: { value: 'f.mission_city', text: (value) => `CASE WHEN ${value} THEN '1' END` },
  verification: { value: 'f.verification_level', text: (value) => value },
  status: { value: 'f.implementation_status', text: (value) => value },
  year: { value: 'f.start_year', text: (value) => `${value}::text` },
  // The evaluation in one small number, null when not evaluated: the score's tens (7 for 70 to
  // 79.9 %) times two, plus one while the label holds. One grouping key for the three evaluation
  // facets (a second key cost every matched row another hash): "evaluated" counts them all, a
  // threshold the tens at or above it, the label the odd ones (see `evaluationCounts`).
  minScore: {
    value: 'CASE WHEN f.evaluation_percent IS NOT NULL THEN floor(f.evaluation_percent / 10)::int * 2 + CASE WHEN f.label_expires_at > now() THEN 1 ELSE 0 END END',
    text: (value) => `(${value} / 2 * 10)::text`,
  },
}
/** The facets counted by their values; the evaluation facets are read from the evaluation key instead. */
const SINGLE_VALUED = (Object.keys(FACET_COLUMNS) as Array<keyof typeof FACET_COLUMNS>).filter((facet) => facet !== 'minScore')

/**
 * The facets counted together: the matched practices are grouped by each set's combined values
 * (each set has at most a few hundred) and by the facet they fail, if any. The place facets are
 * the city's (its country, region, population band and Mission membership, as the index derives
 * them), so they are grouped by the city alone and read from the city's row. The evaluation
 * facets join the attributes' set as one key: a practice not evaluated adds no group to it, and an
 * evaluated one one of a dozen score tens, labelled or not.
 */
const GROUPING_SETS: ReadonlyArray<readonly FacetName[]> = [['city'], ['verification', 'status', 'year', 'minScore'], ['theme']]
const OF_THE_CITY = ['country', 'region', 'population', 'mission'] as const
/** The facet whose grouped column another facet is read from (the place facets from the city, "evaluated" and the label from the evaluation key). */
const groupedAs = (facet: FacetName): FacetName =>
  (OF_THE_CITY as readonly string[]).includes(facet) ? 'city' : facet === 'evaluated' || facet === 'label' ? 'minScore' : facet
/** The number of a facet's set in the statement's `grouping_set` column, from 1. */
const setOf = (facet: FacetName) => GROUPING_SETS.findIndex((set) => set.includes(groupedAs(facet))) + 1

/**
 * The counts of a search: the total, every facet's counts (disjunctive: a facet's counts apply
 * every filter but its own) and the map's counts per country and city over the same result set as
 * the list, with localized labels. The page of results is `pageStatement`'s: the two run at once.
 *
 * Each matched practice is checked against every active facet once; a practice that fails no
 * facet is a result, one that fails exactly one facet still counts towards that facet's values.
 */
export function countsStatement(params: PracticeSearchParams, locale: Locale, mode: MatchMode, tsquery?: string): Statement {
  const conditions = facetConditions(params)
  const active = Object.keys(conditions) as FacetName[]
  const { table, where, found } = source(mode, params.q, locale, tsquery)
  // A condition is false, not unknown, on a practice without a value (e.g. no start year).
  // Each condition once per practice, as c1, c2, … (false, not unknown, without a value, e.g. no
  // start year), in a subquery the planner keeps (OFFSET 0): pulled up, the conditions would be
  // evaluated once for `misses` and again for `fails`.
  const passes = active.map((facet, index) => sql`coalesce(${conditions[facet]!}, false) AS ${sql.raw(`c${index + 1}`)}`)
  const misses = active.length ? sql.raw(active.map((_, index) => `(NOT c${index + 1})::int`).join(' + ')) : sql`0`
  // The facet a practice fails, when it fails one: 0 for none, else its place in `active` from 1.
  const fails = active.length
    ? sql.raw(`CASE ${active.map((_, index) => `WHEN NOT c${index + 1} THEN ${index + 1}`).join(' ')} ELSE 0 END`)
    : sql`0`
  // A practice counts towards a facet's values when it passes every other facet: the results, and
  // for an active facet also the practices that fail that facet only (misses ≤ 1 in `matched`).
  const counted = (facet: FacetName) => {
    const index = active.indexOf(facet)
    return sql.raw(index < 0 ? 'sum(n) FILTER (WHERE fails = 0)' : `sum(n) FILTER (WHERE fails IN (0, ${index + 1}))`)
  }
  const columnsOf = (set: readonly FacetName[]) => set.map((facet) => (facet === 'theme' ? 'theme_ids' : `v_${facet}`)).join(', ')
  const inSet = (facet: FacetName) => sql.raw(`grouping_set = ${setOf(facet)}`)
  const city = (facet: (typeof OF_THE_CITY)[number]) =>
    ({
      country: sql`co.id`,
      region: sql`co.region::text`,
      population: populationBand(sql`c.population`),
      mission: sql`coalesce(c.mission_city, false)`,
    })[facet]
  const facetCounts = SINGLE_VALUED.map((facet) =>
    (OF_THE_CITY as readonly string[]).includes(facet)
      ? sql`SELECT ${sql.raw(`'${facet}'`)} AS facet, (${sql.raw(FACET_COLUMNS[facet].text('value'))}) AS value, ${counted(facet)}::int AS count
          FROM (SELECT ${city(facet as (typeof OF_THE_CITY)[number])} AS value, g.n, g.fails FROM grouped g
                JOIN cities c ON c.id = g.v_city LEFT JOIN countries co ON co.id = c.country_id WHERE ${inSet(facet)}) AS of_city
          GROUP BY of_city.value`
      : sql`SELECT ${sql.raw(`'${facet}'`)}, ${sql.raw(FACET_COLUMNS[facet].text(`v_${facet}`))}, ${counted(facet)}::int
          FROM grouped WHERE ${inSet(facet)} GROUP BY ${sql.raw(`v_${facet}`)}`,
  )
  // All from the evaluation key: an evaluated practice has one, a threshold counts the score tens at
  // or above it, the label the odd keys.
  const evaluationCounts = sql`SELECT 'evaluated', '1', ${counted('evaluated')}::int
      FROM grouped WHERE ${inSet('evaluated')} AND v_minScore IS NOT NULL
    UNION ALL
    SELECT 'minScore', threshold::text, ${counted('minScore')}::int
      FROM grouped, unnest(${sql.raw(`ARRAY[${MIN_SCORES.join(', ')}]`)}) AS threshold
      WHERE ${inSet('minScore')} AND v_minScore / 2 * 10 >= threshold GROUP BY threshold
    UNION ALL
    SELECT 'label', '1', ${counted('label')}::int
      FROM grouped WHERE ${inSet('label')} AND v_minScore % 2 = 1`
  const hitsOf = (facet: FacetName) => sql`SELECT ${sql.raw(`v_${facet}`)} AS id, sum(n) FILTER (WHERE fails = 0)::int AS count FROM grouped
    WHERE ${inSet(facet)} AND ${sql.raw(`v_${facet}`)} IS NOT NULL GROUP BY ${sql.raw(`v_${facet}`)}`

  return sql`
WITH matched AS (
  SELECT ${sql.raw(['theme_ids', ...GROUPING_SETS.flat().filter((facet) => facet !== 'theme').map((facet) => `v_${facet}`)].join(', '))}, ${fails} AS fails
  FROM (
    SELECT f.theme_ids, ${sql.raw(GROUPING_SETS.flat().filter((facet) => facet !== 'theme').map((facet) => `${FACET_COLUMNS[facet as keyof typeof FACET_COLUMNS].value} AS v_${facet}`).join(', '))}
      ${sql.join(passes.map((pass) => sql`, ${pass}`), sql``)}
    FROM ${table} WHERE ${where} OFFSET 0
  ) AS candidates
  -- A practice failing two facets is neither a result nor counted in any facet.
  WHERE ${misses} <= 1
),
-- One pass over the matched practices: each set's groups, split by the facet they fail.
grouped AS (
  SELECT ${sql.raw(GROUPING_SETS.map((set, index) => `WHEN GROUPING(${columnsOf(set)}) = 0 THEN ${index + 1}`).reduce((cases, when) => `${cases} ${when}`, 'CASE'))} END AS grouping_set,
    ${sql.raw(GROUPING_SETS.map(columnsOf).join(', '))}, fails, count(*) AS n
  FROM matched
  GROUP BY GROUPING SETS (${sql.raw(GROUPING_SETS.map((set) => `(${columnsOf(set)}, fails)`).join(', '))})
),
-- Every practice is in one of the first set's groups (the city's, null included): their sum is the total.
total AS (SELECT coalesce(sum(n) FILTER (WHERE fails = 0), 0)::int AS n FROM grouped WHERE grouping_set = 1),
counts AS (
  SELECT * FROM (
    ${sql.join(facetCounts, sql` UNION ALL `)}
    UNION ALL
    ${evaluationCounts}
    UNION ALL
    SELECT 'theme', theme_id::text, ${counted('theme')}::int
    FROM grouped, unnest(theme_ids) AS theme_id WHERE ${inSet('theme')} GROUP BY theme_id
  ) AS all_counts
  WHERE count > 0
),
map_cities AS (SELECT * FROM (${hitsOf('city')}) AS of_cities WHERE count > 0),
map_countries AS (SELECT c.country_id, sum(mc.count)::int AS count FROM map_cities mc JOIN cities c ON c.id = mc.id GROUP BY c.country_id)
SELECT
  (SELECT n FROM total) AS total,
  ${found ? sql`CASE WHEN (SELECT n FROM total) > 0 THEN true ELSE ${found} END` : sql`NULL::boolean`} AS text_found,
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
    FROM map_cities mc JOIN cities ci ON ci.id = mc.id) AS map_cities`
}

/**
 * The cards of one page of results (`page` from 1) in the chosen order: the practices that pass
 * every active facet, ranked when the order is relevance. A page past the end is empty.
 */
export function pageStatement(
  params: PracticeSearchParams,
  locale: Locale,
  mode: MatchMode,
  tsquery: string | undefined,
  page: number,
): Statement {
  const conditions = Object.values(facetConditions(params))
  const { table, where, rank } = source(mode, params.q, locale, tsquery)
  const ranked = params.sort === 'relevance' && mode !== 'all'
  return sql`
WITH page AS (
  SELECT f.practice_id, ${ranked ? rank : sql`0::real`} AS rank, f.published_at, f.emissions_reduced, f.evaluation_percent
  FROM ${table} WHERE ${where} ${sql.join(conditions.map((condition) => sql` AND ${condition}`), sql``)}
  ORDER BY ${orderBy(params)}
  LIMIT ${PAGE_SIZE} OFFSET ${(Math.max(1, page) - 1) * PAGE_SIZE}
)
SELECT ${cardsJson(locale, orderBy(params, 'page.'))} AS cards`
}
