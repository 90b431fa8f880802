import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { EMPTY_FUNDING_SEARCH, parseFundingSearchParams } from '../params'
import { getFundingPlaces } from './places'
import { searchFunding } from './search'
import type { FundingSearchView } from './types'

const tags = [cacheTags.funding, cacheTags.organisations, cacheTags.geography, cacheTags.themes]

/**
 * The plain list (no words, no filter, first page) is what most visitors ask for: kept in the data
 * cache until an action, a funder, a place or a theme changes, and at most five minutes, since a
 * status (closing soon, closed) changes with time alone. Other searches are not cached.
 */
const plainSearch = (locale: Locale) =>
  unstable_cache(
    async () => searchFunding(await getPayloadClient(), EMPTY_FUNDING_SEARCH, locale, { places: await getFundingPlaces(locale) }),
    ['funding-plain-search', locale],
    { tags, revalidate: 300 },
  )()

/** The search behind an address of /{locale}/funding, by its canonical query string ('' or '?…'). Shared by the page and its metadata. */
export const getFundingSearch = cache(async (query: string, locale: Locale): Promise<FundingSearchView> => {
  if (!query) return plainSearch(locale)
  const places = await getFundingPlaces(locale)
  return searchFunding(await getPayloadClient(), parseFundingSearchParams(new URLSearchParams(query)), locale, { places })
})
