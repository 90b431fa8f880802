import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'
import { type EligibilityReason, type EligibilityRow, eligibilityReasons, type EligibilitySubject, subjectForCity, subjectForCountry } from '../eligibility'
import type { FundingStatus } from '../options'
import type { FundingSearchParams } from '../params'
import type { FundingFacet } from './conditions'
import { matchStatement } from './matchStatement'

export type FundingMatch = {
  actionId: number
  slug: string
  /** The title in the locale (or the default locale's). */
  title: string
  status: FundingStatus
  opensAt: string | null
  closesAt: string | null
  rolling: boolean
  publishedAt: string | null
  lastVerifiedAt: string | null
  /** Why the action is open to the city or country asking; empty when nobody asks. */
  reasons: EligibilityReason[]
}

export type FundingMatches = {
  /** The city or country asking, resolved; `unknown` when the address names one we do not have. */
  subject: EligibilitySubject | null
  unknownSubject: 'city' | 'country' | null
  total: number
  matches: FundingMatch[]
  /** Facet → value → count (only with `counts`). */
  counts: Partial<Record<FundingFacet, Record<string, number>>>
}

type MatchRow = Omit<FundingMatch, 'reasons'> & EligibilityRow

/**
 * The published funding actions matching a search, in its order, `limit` from `offset`, with the
 * eligibility reasons when a city or country asks. The one entry point for the search page, the
 * feeds, the exports and the alerts, so they all answer a search the same way.
 */
export async function matchFunding(
  payload: Payload,
  params: FundingSearchParams,
  locale: Locale,
  options: { now?: Date; limit?: number; offset?: number; counts?: boolean; publishedAfter?: Date } = {},
): Promise<FundingMatches> {
  const db = await sqlRunner(payload)
  let subject: EligibilitySubject | null = null
  let unknownSubject: FundingMatches['unknownSubject'] = null
  const applicantType = params.applicantTypes.length === 1 ? params.applicantTypes[0] : null
  if (params.city) {
    subject = await subjectForCity(db, params.city, applicantType)
    if (!subject) unknownSubject = 'city'
  } else if (params.country) {
    subject = await subjectForCountry(db, params.country, applicantType)
    if (!subject) unknownSubject = 'country'
  }
  if (unknownSubject) return { subject: null, unknownSubject, total: 0, matches: [], counts: {} }

  const { rows } = await db.execute(
    matchStatement({
      params,
      locale,
      subject,
      now: options.now ?? new Date(),
      limit: options.limit ?? 20,
      offset: options.offset ?? 0,
      counts: options.counts ?? false,
      publishedAfter: options.publishedAfter,
    }),
  )
  const row = rows[0] as { total: number; rows: MatchRow[]; counts: Array<[FundingFacet, string, number]> }
  const counts: FundingMatches['counts'] = {}
  for (const [facet, value, count] of row.counts) (counts[facet] ??= {})[value] = count
  const matches = row.rows.map(({ eligible_country_ids, eligible_regions, country_scope, applicant_types, min_population, ...match }) => ({
    ...match,
    actionId: Number(match.actionId),
    reasons: subject ? eligibilityReasons({ eligible_country_ids, eligible_regions, country_scope, applicant_types, min_population }, subject) : [],
  }))
  return { subject, unknownSubject, total: row.total, matches, counts }
}
