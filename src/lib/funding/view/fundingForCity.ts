import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { isCountry } from '@/lib/geography/refs'
import { getPayloadClient } from '@/lib/payload'
import { EMPTY_FUNDING_SEARCH, type FundingSearchParams } from '../params'
import { matchFunding } from '../search/matchFunding'
import { fundingCards } from './cards'
import type { FundingCardView } from './types'

/** How many actions a city's or a practice's page lists; the rest are one link away. */
export const CITY_FUNDING_LIMIT = 5

export type CityFundingView = {
  city: { slug: string; name: string }
  /** Open eligible actions, the next deadline first; each card's first reason is the most telling. */
  actions: FundingCardView[]
  total: number
  /** Whether the themes asked for narrowed the list (else they gave nothing and were dropped). */
  themed: boolean
}

/**
 * The open funding actions a city is eligible for (open or closing soon, never upcoming or closed),
 * through the one matching function. With `themes` (a practice's), the actions on those themes when
 * there are some, else all. Null when there is no such city.
 */
export async function fundingForCity(
  payload: Payload,
  citySlug: string,
  locale: Locale,
  options: { themes?: string[]; now?: Date } = {},
): Promise<CityFundingView | null> {
  const { docs } = await payload.find({
    collection: 'cities',
    where: { slug: { equals: citySlug } },
    locale,
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    select: { slug: true, name: true, country: true },
    populate: { countries: { name: true, code: true } },
  })
  const city = docs[0]
  if (!city) return null
  const now = options.now ?? new Date()
  const base: FundingSearchParams = { ...EMPTY_FUNDING_SEARCH, city: city.slug, statuses: ['closing_soon', 'open'] }
  const search = (params: FundingSearchParams) => matchFunding(payload, params, locale, { now, limit: CITY_FUNDING_LIMIT })
  const themes = options.themes ?? []
  let result = themes.length ? await search({ ...base, themes: [...themes].sort() }) : null
  const themed = Boolean(result && result.total > 0)
  if (!result || result.total === 0) result = await search(base)
  const countryName = isCountry(city.country) ? city.country.name : ''
  const actions = await fundingCards(payload, result.matches, locale, { cityName: city.name, countryName }, now)
  return { city: { slug: city.slug, name: city.name }, actions, total: result.total, themed }
}

/** The same, cached with the funding lists and the places for an hour (statuses change with time alone). */
export const getFundingForCity = (citySlug: string, locale: Locale, themes: string[] = []) =>
  unstable_cache(
    async () => fundingForCity(await getPayloadClient(), citySlug, locale, { themes }),
    ['funding-for-city', citySlug, locale, [...themes].sort().join(',')],
    { tags: [cacheTags.funding, cacheTags.organisations, cacheTags.geography, cacheTags.themes], revalidate: 3600 },
  )()
