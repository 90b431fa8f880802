import { sql } from '@payloadcms/db-postgres'

import { defaultLocale, localeCodes } from '@/i18n/locales'
import type { Statement } from '@/lib/practices/database'
import { lexemes, lexicalText, TEXT_SEARCH_CONFIGS } from '@/lib/practices/search/textSearch'

const languages = sql.join(
  localeCodes.map((locale) => sql`(${locale}::text, ${TEXT_SEARCH_CONFIGS[locale]}::regconfig)`),
  sql`, `,
)

const FACET_COLUMN_NAMES = [
  'slug',
  'level',
  'direction',
  'instruments',
  'theme_ids',
  'provider_ids',
  'provider_country_id',
  'eligible_country_ids',
  'eligible_regions',
  'country_scope',
  'applicant_types',
  'min_population',
  'opens_at',
  'closes_at',
  'rolling',
  'published_at',
  'last_verified_at',
  'is_demo',
]
const FACET_COLUMNS = sql.raw(FACET_COLUMN_NAMES.join(', '))
const UPDATE_FACETS = sql.raw(FACET_COLUMN_NAMES.map((column) => `${column} = EXCLUDED.${column}`).join(', '))

const localized = (column: string) => sql.raw(`coalesce(nullif(btrim(al.${column}), ''), ae.${column})`)

/** The values of a hasMany select (Payload keeps them in a table of their own). */
const selectValues = (table: string) =>
  sql.raw(`coalesce((SELECT array_agg(v.value::text ORDER BY v."order") FROM ${table} v WHERE v.parent_id = live.id), '{}')`)
const related = (path: string, column: string) =>
  sql.raw(`coalesce((SELECT array_agg(r.${column} ORDER BY r."order") FROM funding_actions_rels r
    WHERE r.parent_id = live.id AND r.path = '${path}' AND r.${column} IS NOT NULL), '{}')`)

/**
 * One statement that brings the index rows of the funding actions matched by `scope` (a condition
 * on `a.id`) in line with their live rows: a published action gets one facet row and one search row
 * per locale, any other loses its rows. It reads the live tables only, never a draft version.
 */
export function fundingIndexStatement(scope: Statement): Statement {
  return sql`
WITH scope AS (SELECT a.id FROM funding_actions a WHERE ${scope}),
live AS (SELECT a.* FROM funding_actions a JOIN scope ON scope.id = a.id WHERE a._status = 'published'),
drop_search AS (
  DELETE FROM funding_search s USING scope
  WHERE s.action_id = scope.id AND NOT EXISTS (SELECT 1 FROM live WHERE live.id = s.action_id)
),
drop_facets AS (
  DELETE FROM funding_facets f USING scope
  WHERE f.action_id = scope.id AND NOT EXISTS (SELECT 1 FROM live WHERE live.id = f.action_id)
),
languages AS (SELECT * FROM (VALUES ${languages}) AS l(locale, config)),
texts AS MATERIALIZED (
  SELECT live.id, l.locale, l.config,
    coalesce(${localized('title')}, '') AS title,
    coalesce(${localized('summary')}, '') AS summary,
    concat_ws(' ', ${lexicalText(sql.raw('coalesce(al.description, ae.description)'))}, ${localized('eligibility_notes')}) AS body,
    (SELECT string_agg(concat_ws(' ',
        coalesce((SELECT nullif(btrim(ol.name), '') FROM organisations_locales ol WHERE ol._parent_id = o.id AND ol._locale = l.locale::_locales),
                 (SELECT oe.name FROM organisations_locales oe WHERE oe._parent_id = o.id AND oe._locale = ${defaultLocale}::_locales)),
        o.acronym), ' ')
     FROM funding_actions_rels r JOIN organisations o ON o.id = r.organisations_id
     WHERE r.parent_id = live.id AND r.path = 'providers') AS providers
  FROM live
  CROSS JOIN languages l
  LEFT JOIN funding_actions_locales al ON al._parent_id = live.id AND al._locale = l.locale::_locales
  LEFT JOIN funding_actions_locales ae ON ae._parent_id = live.id AND ae._locale = ${defaultLocale}::_locales
),
facets AS MATERIALIZED (
  SELECT live.id AS action_id, coalesce(live.slug, live.id::text) AS slug,
    live.level::text AS level, live.direction::text AS direction,
    ${selectValues('funding_actions_instruments')} AS instruments,
    ${related('themes', 'themes_id')} AS theme_ids,
    ${related('providers', 'organisations_id')} AS provider_ids,
    live.provider_country_id,
    ${related('eligibility.countries', 'countries_id')} AS eligible_country_ids,
    ${selectValues('funding_actions_eligibility_regions')} AS eligible_regions,
    coalesce(live.eligibility_country_scope::text, 'any') AS country_scope,
    ${selectValues('funding_actions_eligibility_applicant_types')} AS applicant_types,
    live.eligibility_min_population AS min_population,
    live.dates_opens_at AS opens_at,
    CASE WHEN coalesce(live.dates_rolling, false) THEN NULL ELSE live.dates_closes_at END AS closes_at,
    coalesce(live.dates_rolling, false) AS rolling,
    coalesce(live.published_at, live.created_at) AS published_at,
    live.last_verified_at,
    coalesce(live.is_demo, false) AS is_demo
  FROM live
),
write_search AS (
  INSERT INTO funding_search (action_id, locale, title, document)
  SELECT texts.id, texts.locale, texts.title,
    setweight(${lexemes(sql`texts.config`, sql`texts.title`, { variants: true })}, 'A')
      || setweight(${lexemes(sql`texts.config`, sql`texts.summary`)}, 'B')
      || setweight(${lexemes(sql`texts.config`, sql`coalesce(texts.providers, '')`, { variants: true })}, 'B')
      || setweight(${lexemes(sql`texts.config`, sql`texts.body`)}, 'C')
  FROM texts
  ORDER BY texts.locale, texts.id
  ON CONFLICT (action_id, locale) DO UPDATE SET title = EXCLUDED.title, document = EXCLUDED.document
)
INSERT INTO funding_facets (action_id, ${FACET_COLUMNS})
SELECT action_id, ${FACET_COLUMNS} FROM facets
ON CONFLICT (action_id) DO UPDATE SET ${UPDATE_FACETS}`
}
