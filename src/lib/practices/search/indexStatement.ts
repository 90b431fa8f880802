import { sql } from '@payloadcms/db-postgres'

import { defaultLocale, localeCodes } from '@/i18n/locales'
import { POPULATION_BANDS } from '@/lib/geography/regions'
import type { Statement } from '../database'
import { latestFinalResult } from './evaluationResult'
import { lexemes, lexicalText, TEXT_SEARCH_CONFIGS } from './textSearch'

const STORY_RICH_TEXTS = ['challenge', 'objectives', 'solution', 'results', 'success_factors', 'limiting_factors', 'replication_guidance']
const STORY_PLAIN_TEXTS = [
  'implementation_timeline',
  'implementation_stakeholders',
  'replication_powers',
  'replication_budget',
  'replication_partners',
  'replication_time',
]

const languages = sql.join(
  localeCodes.map((locale) => sql`(${locale}::text, ${TEXT_SEARCH_CONFIGS[locale]}::regconfig)`),
  sql`, `,
)

/** The facet values of a practice, kept in practice_facets and, for text searches, in each practice_search row. */
const FACET_COLUMN_NAMES = [
  'theme_ids',
  'region',
  'subregion',
  'country_id',
  'city_id',
  'population_band',
  'mission_city',
  'verification_level',
  'implementation_status',
  'start_year',
  'end_year',
  'emissions_reduced',
  'published_at',
  'evaluation_percent',
  'label_expires_at',
]
const FACET_COLUMNS = sql.raw(FACET_COLUMN_NAMES.join(', '))
const UPDATE_FACETS = sql.raw(FACET_COLUMN_NAMES.map((column) => `${column} = EXCLUDED.${column}`).join(', '))

/** A localized column with Payload's fallback to the default locale when the locale has none. */
const localized = (column: string) => sql.raw(`coalesce(nullif(btrim(pl.${column}), ''), pe.${column})`)
const localizedJson = (column: string) => sql.raw(`coalesce(pl.${column}, pe.${column})`)

/** A name in the locale, or in the default locale (cities, countries and themes all have `name`). */
const nameOf = (table: string, id: Statement) =>
  sql`coalesce(
    (SELECT nullif(btrim(n.name), '') FROM ${sql.raw(`${table}_locales`)} n WHERE n._parent_id = ${id} AND n._locale = l.locale::_locales),
    (SELECT n.name FROM ${sql.raw(`${table}_locales`)} n WHERE n._parent_id = ${id} AND n._locale = ${defaultLocale}::_locales))`

/** Keep in step with populationBand() in src/lib/geography/regions.ts. */
export const populationBand = (population: Statement) =>
  sql`CASE WHEN ${population} IS NULL OR ${population} <= 0 THEN NULL ${sql.join(
    POPULATION_BANDS.map((band) =>
      Number.isFinite(band.max) ? sql`WHEN ${population} < ${band.max} THEN ${band.value}` : sql`ELSE ${band.value}`,
    ),
    sql` `,
  )} END`

/**
 * One statement that brings the search and facet rows of the practices matched by `scope` (a
 * condition on `p.id`) in line with their live rows: a public practice (published and through the
 * workflow) gets one search row per locale and one facet row, any other loses its rows. It reads
 * the live tables only, never a draft version. The facet values include the practice's latest
 * final evaluation result (scorecards' afterChange hook re-indexes the practice).
 */
export function indexStatement(scope: Statement): Statement {
  return sql`
WITH scope AS (SELECT p.id FROM practices p WHERE ${scope}),
live AS (
  SELECT p.* FROM practices p JOIN scope ON scope.id = p.id
  WHERE p._status = 'published' AND p.workflow_status = 'published'
),
drop_search AS (
  DELETE FROM practice_search s USING scope
  WHERE s.practice_id = scope.id AND NOT EXISTS (SELECT 1 FROM live WHERE live.id = s.practice_id)
),
drop_facets AS (
  DELETE FROM practice_facets f USING scope
  WHERE f.practice_id = scope.id AND NOT EXISTS (SELECT 1 FROM live WHERE live.id = f.practice_id)
),
places AS (
  SELECT live.id AS practice_id, c.id AS city_id, c.country_id
  FROM live JOIN cities c ON c.id = live.lead_city_id
  UNION
  SELECT r.parent_id, c.id, c.country_id
  FROM practices_rels r JOIN live ON live.id = r.parent_id JOIN cities c ON c.id = r.cities_id
  WHERE r.path = 'otherLocations'
),
languages AS (SELECT * FROM (VALUES ${languages}) AS l(locale, config)),
names AS MATERIALIZED (
  SELECT named.practice_id, named.locale, string_agg(DISTINCT named.name, ' ') AS names
  FROM (
    SELECT pc.practice_id, l.locale, ${nameOf('cities', sql`pc.city_id`)} AS name FROM places pc CROSS JOIN languages l
    UNION ALL
    SELECT pc.practice_id, l.locale, ${nameOf('countries', sql`pc.country_id`)} FROM places pc CROSS JOIN languages l
    UNION ALL
    SELECT r.parent_id, l.locale, ${nameOf('themes', sql`r.themes_id`)}
    FROM practices_rels r JOIN live ON live.id = r.parent_id CROSS JOIN languages l
    WHERE r.path = 'themes' AND r.themes_id IS NOT NULL
  ) AS named
  GROUP BY named.practice_id, named.locale
),
texts AS MATERIALIZED (
  SELECT live.id, l.locale, l.config,
    coalesce(${localized('title')}, '') AS title,
    coalesce(${localized('summary')}, '') AS summary,
    concat_ws(' ',
      ${sql.join(STORY_RICH_TEXTS.map((column) => lexicalText(localizedJson(column))), sql`, `)},
      ${sql.join(STORY_PLAIN_TEXTS.map((column) => localized(column)), sql`, `)},
      (SELECT string_agg(concat_ws(' ',
          coalesce((SELECT nullif(btrim(sl.title), '') FROM practices_implementation_steps_locales sl WHERE sl._parent_id = st.id AND sl._locale = l.locale::_locales),
                   (SELECT se.title FROM practices_implementation_steps_locales se WHERE se._parent_id = st.id AND se._locale = ${defaultLocale}::_locales)),
          coalesce((SELECT nullif(btrim(sl.description), '') FROM practices_implementation_steps_locales sl WHERE sl._parent_id = st.id AND sl._locale = l.locale::_locales),
                   (SELECT se.description FROM practices_implementation_steps_locales se WHERE se._parent_id = st.id AND se._locale = ${defaultLocale}::_locales))
        ), ' ' ORDER BY st._order)
       FROM practices_implementation_steps st WHERE st._parent_id = live.id)
    ) AS story,
    names.names
  FROM live
  CROSS JOIN languages l
  LEFT JOIN names ON names.practice_id = live.id AND names.locale = l.locale
  LEFT JOIN practices_locales pl ON pl._parent_id = live.id AND pl._locale = l.locale::_locales
  LEFT JOIN practices_locales pe ON pe._parent_id = live.id AND pe._locale = ${defaultLocale}::_locales
),
facets AS MATERIALIZED (
  SELECT live.id AS practice_id,
    coalesce((SELECT array_agg(r.themes_id ORDER BY r."order") FROM practices_rels r
              WHERE r.parent_id = live.id AND r.path = 'themes' AND r.themes_id IS NOT NULL), '{}') AS theme_ids,
    co.region::text AS region, co.subregion::text AS subregion, co.id AS country_id, c.id AS city_id,
    ${populationBand(sql`c.population`)} AS population_band, coalesce(c.mission_city, false) AS mission_city,
    live.impact_verification_level::text AS verification_level, live.implementation_status::text AS implementation_status,
    live.start_year::int AS start_year, live.end_year::int AS end_year,
    live.impact_emissions_reduced AS emissions_reduced, coalesce(live.published_at, live.created_at) AS published_at,
    result.overall_percent AS evaluation_percent, result.label_expires_at
  FROM live
  LEFT JOIN cities c ON c.id = live.lead_city_id
  LEFT JOIN countries co ON co.id = c.country_id
  LEFT JOIN ${latestFinalResult(sql`live.id`)} AS result ON TRUE
),
write_search AS (
  INSERT INTO practice_search (practice_id, locale, title, fuzzy, document, ${FACET_COLUMNS})
  SELECT texts.id, texts.locale, texts.title,
    lower(unaccent(concat_ws(' ', texts.title, texts.names))),
    setweight(${lexemes(sql`texts.config`, sql`texts.title`, { variants: true })}, 'A')
      || setweight(${lexemes(sql`texts.config`, sql`texts.summary`)}, 'B')
      || setweight(${lexemes(sql`texts.config`, sql`texts.story`)}, 'C')
      || setweight(${lexemes(sql`texts.config`, sql`coalesce(texts.names, '')`, { variants: true })}, 'C'),
    ${sql.raw(FACET_COLUMN_NAMES.map((column) => `facets.${column}`).join(', '))}
  FROM texts JOIN facets ON facets.practice_id = texts.id
  ORDER BY texts.locale, texts.id
  ON CONFLICT (practice_id, locale) DO UPDATE
    SET title = EXCLUDED.title, fuzzy = EXCLUDED.fuzzy, document = EXCLUDED.document, ${UPDATE_FACETS}
)
INSERT INTO practice_facets (practice_id, ${FACET_COLUMNS})
SELECT practice_id, ${FACET_COLUMNS} FROM facets
ON CONFLICT (practice_id) DO UPDATE SET ${UPDATE_FACETS}`
}
