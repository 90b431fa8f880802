import type { Locale } from '@/i18n/locales'
import { EMPTY_FUNDING_SEARCH, type FundingSearchParams, fundingQueryString } from '../params'
import type { FundingFacet } from '../search/conditions'

/** Where each facet's chosen values live in a search. */
export const FACET_PARAMS = {
  direction: 'directions',
  level: 'levels',
  instrument: 'instruments',
  theme: 'themes',
  provider: 'providerCountries',
  applicant: 'applicantTypes',
  status: 'statuses',
} as const satisfies Record<FundingFacet, keyof FundingSearchParams>

/** The order of the facets in the filter form. */
export const FACET_ORDER: FundingFacet[] = ['status', 'direction', 'instrument', 'theme', 'level', 'provider', 'applicant']

export const facetValues = (params: FundingSearchParams, facet: FundingFacet): string[] => params[FACET_PARAMS[facet]]

export type ActiveFundingFilter = { facet: FundingFacet; value: string } | { facet: 'city' | 'country' | 'region' | 'closed' }

export const fundingPath = (locale: Locale) => `/${locale}/funding`

export const fundingHref = (locale: Locale, params: FundingSearchParams) => `${fundingPath(locale)}${fundingQueryString(params)}`

export const withFundingPage = (params: FundingSearchParams, page: number): FundingSearchParams => ({ ...params, page })

/** Every filter in force (not the words), each one removable on its own. */
export function activeFundingFilters(params: FundingSearchParams): ActiveFundingFilter[] {
  const filters: ActiveFundingFilter[] = []
  if (params.city) filters.push({ facet: 'city' })
  if (params.country) filters.push({ facet: 'country' })
  if (params.region) filters.push({ facet: 'region' })
  for (const facet of FACET_ORDER) for (const value of facetValues(params, facet)) filters.push({ facet, value })
  if (params.showClosed) filters.push({ facet: 'closed' })
  return filters
}

export function withoutFundingFilter(params: FundingSearchParams, filter: ActiveFundingFilter): FundingSearchParams {
  const next = { ...params, page: 1 }
  if (filter.facet === 'city') return { ...next, city: null }
  if (filter.facet === 'country') return { ...next, country: null }
  if (filter.facet === 'region') return { ...next, region: null }
  if (filter.facet === 'closed') return { ...next, showClosed: false }
  if (!('value' in filter)) return next
  const { facet, value } = filter
  return { ...next, [FACET_PARAMS[facet]]: facetValues(params, facet).filter((chosen) => chosen !== value) }
}

/** The same words and order, without any filter. */
export const withoutFundingFilters = (params: FundingSearchParams): FundingSearchParams => ({ ...EMPTY_FUNDING_SEARCH, q: params.q, sort: params.sort })

/** A search narrower than the plain list (or a later page): for visitors, not for search engines' indexes. */
export const isRefinedFunding = (params: FundingSearchParams) => fundingQueryString(params) !== ''
