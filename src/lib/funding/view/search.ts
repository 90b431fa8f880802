import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { FundingSearchParams } from '../params'
import { type FundingMatches, matchFunding } from '../search/matchFunding'
import { fundingCards } from './cards'
import { fundingFacets } from './facets'
import { findFundingPlaces, type FundingPlaces } from './places'
import type { FundingAsker, FundingSearchView } from './types'

export const FUNDING_PAGE_SIZE = 20

/** The city or country asking, by name (the address's own spelling when the lists do not know it). */
function askerOf(params: FundingSearchParams, result: FundingMatches, places: FundingPlaces): FundingAsker | null {
  const subject = result.subject
  if (!subject) return null
  const country = places.countries.find((option) => option.code === subject.countryCode)
  const countryName = country?.name ?? subject.countryCode
  if (subject.city) {
    const city = places.cities.find((option) => option.slug === subject.city?.slug)
    return { kind: 'city', key: subject.city.slug, name: city?.name ?? subject.city.slug, countryName, applicantType: subject.applicantType }
  }
  return { kind: 'country', key: subject.countryCode, name: countryName, countryName, applicantType: subject.applicantType }
}

/**
 * One page of the funding search: the matching published actions (through `matchFunding`, like the
 * feeds and exports), read as cards with the public's access, the facets with their counts, and who
 * asks "what can I apply for?" with the reasons each action is open to them.
 */
export async function searchFunding(
  payload: Payload,
  params: FundingSearchParams,
  locale: Locale,
  options: { now?: Date; places?: FundingPlaces } = {},
): Promise<FundingSearchView> {
  const now = options.now ?? new Date()
  const places = options.places ?? (await findFundingPlaces(payload, locale))
  const result = await matchFunding(payload, params, locale, {
    now,
    limit: FUNDING_PAGE_SIZE,
    offset: (params.page - 1) * FUNDING_PAGE_SIZE,
    counts: true,
  })
  const asker = askerOf(params, result, places)
  const items = await fundingCards(
    payload,
    result.matches,
    locale,
    asker ? { cityName: asker.kind === 'city' ? asker.name : null, countryName: asker.countryName } : null,
    now,
  )
  const unknownValue = result.unknownSubject === 'city' ? params.city : params.country
  return {
    params,
    total: result.total,
    page: params.page,
    pageSize: FUNDING_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(result.total / FUNDING_PAGE_SIZE)),
    items,
    facets: fundingFacets(params, result.counts, places, locale),
    asker,
    unknownAsker: result.unknownSubject && unknownValue ? { kind: result.unknownSubject, value: unknownValue } : null,
  }
}
