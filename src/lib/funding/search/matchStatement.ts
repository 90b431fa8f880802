import { sql } from '@payloadcms/db-postgres'

import type { Locale } from '@/i18n/locales'
import type { Statement } from '@/lib/practices/database'
import type { EligibilitySubject } from '../eligibility'
import type { FundingSearchParams, FundingSort } from '../params'
import { fundingStatusSql } from '../status'
import { baseConditions, FUNDING_FACETS, type FundingFacet, facetConditions, facetValues, namedValues, rankOf } from './conditions'

const SORT_KEYS: Record<FundingSort, string[]> = {
  // The next deadline first; rolling actions and those without a known deadline after them; closed ones (when shown) last.
  closing: ["(status = 'closed')", 'closes_at ASC NULLS LAST', 'published_at DESC NULLS LAST', 'action_id DESC'],
  newest: ['published_at DESC NULLS LAST', 'action_id DESC'],
  relevance: ['rank DESC', "(status = 'closed')", 'closes_at ASC NULLS LAST', 'action_id DESC'],
}
const orderBy = (sort: FundingSort) => sql.raw(SORT_KEYS[sort].join(', '))

export type MatchOptions = {
  params: FundingSearchParams
  locale: Locale
  subject: EligibilitySubject | null
  /** The moment statuses are computed at (tests and feeds pass their own). */
  now: Date
  limit: number
  offset: number
  /** With every facet's counts (the search page), or the matching rows only (feeds, exports, alerts). */
  counts: boolean
  /** Only actions first published after this moment (alerts: what is new since the last digest). */
  publishedAfter?: Date
}

/**
 * One statement for a funding search: the total, one page of matching actions in the chosen order
 * (with the columns the cards and the eligibility reasons need) and, when asked, each facet's
 * counts (disjunctive: a facet's counts apply every filter but its own). Reads the index tables,
 * which hold published actions only.
 */
export function matchStatement(options: MatchOptions): Statement {
  const { params, locale, subject, limit, offset } = options
  const now = sql`${options.now.toISOString()}::timestamptz`
  const conditions = facetConditions(params, now)
  const active = FUNDING_FACETS.filter((facet) => conditions[facet])
  const flag = (facet: FundingFacet) => sql.raw(`c_${facet}`)
  const passesAll = active.length ? sql.join(active.map(flag), sql` AND `) : sql`TRUE`
  const passesAllBut = (facet: FundingFacet) => {
    const others = active.filter((other) => other !== facet)
    return others.length ? sql.join(others.map(flag), sql` AND `) : sql`TRUE`
  }
  const counts = options.counts
    ? sql`(SELECT coalesce(json_agg(json_build_array(facet, value, count)), '[]') FROM (
        ${sql.join(
          FUNDING_FACETS.map(
            (facet) => sql`SELECT ${facet}::text AS facet, named.value, named.count FROM (${namedValues(
              facet,
              sql`SELECT value, count(*)::int AS count FROM candidates f, unnest(${facetValues(facet)}) AS value
                WHERE ${passesAllBut(facet)} AND value IS NOT NULL GROUP BY value`,
            )}) AS named`,
          ),
          sql` UNION ALL `,
        )}) AS facet_counts)`
    : sql`'[]'::json`
  return sql`
WITH candidates AS MATERIALIZED (
  SELECT f.*, ${rankOf(params, locale)} AS rank, ${fundingStatusSql(now)} AS status
    ${sql.join(active.map((facet) => sql`, coalesce(${conditions[facet]!}, false) AS ${flag(facet)}`), sql``)}
  FROM funding_facets f
  ${params.q ? sql`JOIN funding_search s ON s.action_id = f.action_id AND s.locale = ${locale}` : sql``}
  WHERE ${baseConditions(params, locale, subject)}
    ${options.publishedAfter ? sql`AND f.published_at > ${options.publishedAfter.toISOString()}::timestamptz` : sql``}
),
results AS (SELECT * FROM candidates WHERE ${passesAll}),
page AS (SELECT * FROM results ORDER BY ${orderBy(params.sort)} LIMIT ${limit} OFFSET ${offset})
SELECT
  (SELECT count(*)::int FROM results) AS total,
  (SELECT coalesce(json_agg(json_build_object(
      'actionId', action_id, 'slug', slug,
      'title', (SELECT s.title FROM funding_search s WHERE s.action_id = page.action_id AND s.locale = ${locale}), 'status', status, 'opensAt', opens_at, 'closesAt', closes_at,
      'rolling', rolling, 'publishedAt', published_at, 'lastVerifiedAt', last_verified_at,
      'eligible_country_ids', eligible_country_ids, 'eligible_regions', eligible_regions, 'country_scope', country_scope,
      'applicant_types', applicant_types, 'min_population', min_population
    ) ORDER BY ${orderBy(params.sort)}), '[]') FROM page) AS rows,
  ${counts} AS counts`
}
