import { TZDate } from '@date-fns/tz'

import type { Locale } from '@/i18n/locales'
import type { FundingAction } from '@/payload-types'
import type { FundingMatch } from '../search/matchFunding'
import { fundingActionUrl } from './links'
import type { OpenDataColumn } from './openDataColumns'

export type OpenDataValue = string | number | boolean | string[] | null
export type OpenDataRow = Record<OpenDataColumn, OpenDataValue>

type Related = number | object | null | undefined

/** A populated relation's field, or nothing when the public may not read the related document. */
const fieldOf = (value: Related, field: string): string | null => {
  const found = value && typeof value === 'object' ? (value as Record<string, unknown>)[field] : null
  return typeof found === 'string' && found ? found : null
}
const listOf = (values: Related[] | null | undefined, field: string): string[] =>
  (values ?? []).flatMap((value) => {
    const found = fieldOf(value, field)
    return found ? [found] : []
  })

/** A moment in ISO 8601 with the offset of its time zone (the editor's "17:00 in Brussels" reads as such). */
function localMoment(moment: string | null | undefined, zone: string | null | undefined): string | null {
  if (!moment) return null
  try {
    return new TZDate(moment, zone || 'UTC').toISOString().replace('.000', '')
  } catch {
    return new Date(moment).toISOString()
  }
}

/** One published action as a row of the open data, public fields only. */
export function openDataRow(match: FundingMatch, action: FundingAction, locale: Locale): OpenDataRow {
  const { eligibility, ticket, dates } = action
  const zone = (dates?.closesAt && dates.closesAt_tz) || (dates?.opensAt && dates.opensAt_tz) || null
  return {
    external_id: action.externalId ?? null,
    title: action.title,
    summary: action.summary,
    level: action.level,
    direction: action.direction,
    instruments: action.instruments ?? [],
    themes: listOf(action.themes, 'slug'),
    providers: listOf(action.providers, 'name'),
    provider_country: fieldOf(action.providerCountry, 'code'),
    eligible_countries: listOf(eligibility?.countries, 'code'),
    eligible_regions: eligibility?.regions ?? [],
    country_scope: eligibility?.countryScope ?? 'any',
    applicant_types: eligibility?.applicantTypes ?? [],
    min_population: eligibility?.minPopulation ?? null,
    ticket_min: ticket?.min ?? null,
    ticket_max: ticket?.max ?? null,
    currency: ticket?.min != null || ticket?.max != null ? (ticket?.currency ?? null) : null,
    ticket_is_total_budget: Boolean(ticket?.isTotalBudget),
    funding_rate: ticket?.fundingRate ?? null,
    co_financing_required: Boolean(ticket?.coFinancingRequired),
    consortium_required: Boolean(ticket?.consortiumRequired),
    rolling: Boolean(dates?.rolling),
    opens_at: localMoment(dates?.opensAt, dates?.opensAt_tz ?? zone),
    closes_at: dates?.rolling ? null : localMoment(dates?.closesAt, dates?.closesAt_tz ?? zone),
    time_zone: zone,
    status: match.status,
    apply_url: action.apply?.url ?? null,
    source_url: action.source?.url ?? null,
    last_verified_at: action.lastVerifiedAt ?? null,
    published_at: action.publishedAt ?? match.publishedAt ?? null,
    is_demo: Boolean(action.isDemo),
    url: fundingActionUrl(locale, match.slug),
  }
}
