import { sql } from '@payloadcms/db-postgres'

import type { Locale } from '@/i18n/locales'
import type { Statement } from '@/lib/practices/database'
import { TEXT_SEARCH_CONFIGS, textQuery } from '@/lib/practices/search/textSearch'
import { eligibilityCondition, type EligibilitySubject, openInRegionCondition } from '../eligibility'
import { type FundingSearchParams, includesClosed } from '../params'
import { fundingStatusSql } from '../status'

/** The facets a visitor filters by; each one's counts apply every filter but its own. */
export const FUNDING_FACETS = ['direction', 'level', 'instrument', 'theme', 'provider', 'applicant', 'status'] as const
export type FundingFacet = (typeof FUNDING_FACETS)[number]

const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`

/**
 * Each facet's values on a candidate row `f` as a text array (single values as one-element arrays),
 * what the counts unnest: themes and provider countries by id (the counts name them once, not once
 * per row), the status as the candidates computed it.
 */
export function facetValues(facet: FundingFacet): Statement {
  switch (facet) {
    case 'direction':
      return sql`ARRAY[f.direction]::text[]`
    case 'level':
      return sql`ARRAY[f.level]::text[]`
    case 'instrument':
      return sql`f.instruments::text[]`
    case 'theme':
      return sql`f.theme_ids::text[]`
    case 'provider':
      return sql`ARRAY[f.provider_country_id]::text[]`
    case 'applicant':
      return sql`f.applicant_types::text[]`
    case 'status':
      return sql`ARRAY[f.status]::text[]`
  }
}

/** How a facet's counted values become the values visitors see (theme slugs, country codes). */
export function namedValues(facet: FundingFacet, counts: Statement): Statement {
  if (facet === 'theme') return sql`SELECT t.slug AS value, c.count FROM (${counts}) AS c JOIN themes t ON t.id = c.value::int`
  if (facet === 'provider') return sql`SELECT co.code AS value, c.count FROM (${counts}) AS c JOIN countries co ON co.id = c.value::int`
  return counts
}

/**
 * The condition each active facet puts on a row `f`. The status facet is always active: with no
 * status picked it hides the closed actions, unless the visitor asked to see them.
 */
export function facetConditions(params: FundingSearchParams, now: Statement): Partial<Record<FundingFacet, Statement>> {
  const conditions: Partial<Record<FundingFacet, Statement>> = {}
  if (params.directions.length) {
    // An action for both directions answers a search for either.
    const directions = params.directions.includes('outbound') || params.directions.includes('inbound') ? [...params.directions, 'both'] : params.directions
    conditions.direction = sql`f.direction = ANY (${textArray(directions)})`
  }
  if (params.levels.length) conditions.level = sql`f.level = ANY (${textArray(params.levels)})`
  if (params.instruments.length) conditions.instrument = sql`f.instruments::text[] && ${textArray(params.instruments)}`
  if (params.themes.length) conditions.theme = sql`f.theme_ids && ARRAY(SELECT id FROM themes WHERE slug = ANY (${textArray(params.themes)}))`
  if (params.providerCountries.length) {
    conditions.provider = sql`f.provider_country_id IN (SELECT id FROM countries WHERE code = ANY (${textArray(params.providerCountries)}))`
  }
  // An action that lists no applicant type is open to every type.
  if (params.applicantTypes.length) {
    conditions.applicant = sql`(cardinality(f.applicant_types) = 0 OR f.applicant_types::text[] && ${textArray(params.applicantTypes)})`
  }
  if (params.statuses.length) conditions.status = sql`${fundingStatusSql(now)} = ANY (${textArray(params.statuses)})`
  else if (!includesClosed(params)) conditions.status = sql`${fundingStatusSql(now)} <> 'closed'`
  return conditions
}

/** The text query of `q` in a locale (the same forms as the indexed documents), or null without text. */
export function fundingTextQuery(q: string, locale: Locale): Statement | null {
  return q ? sql`(SELECT ${textQuery(sql`${TEXT_SEARCH_CONFIGS[locale]}::regconfig`, q)})` : null
}

/**
 * The conditions that are not facets: the text (in the locale's search row), the city or country
 * asking (eligibility), the world region. A row that fails them is neither a result nor counted.
 */
export function baseConditions(params: FundingSearchParams, locale: Locale, subject: EligibilitySubject | null): Statement {
  const conditions: Statement[] = []
  const query = fundingTextQuery(params.q, locale)
  if (query) conditions.push(sql`s.document @@ ${query}`)
  if (subject) conditions.push(eligibilityCondition(subject))
  if (params.region) conditions.push(openInRegionCondition(params.region))
  return conditions.length ? sql.join(conditions, sql` AND `) : sql`TRUE`
}

/** The rank of a row for relevance: title over summary and providers over the description. */
export function rankOf(params: FundingSearchParams, locale: Locale): Statement {
  const query = fundingTextQuery(params.q, locale)
  return query ? sql`ts_rank('{0.05, 0.2, 0.5, 1.0}'::real[], s.document, ${query})` : sql`0::real`
}
