import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { findCity } from './findCity'
import { findCountry } from './findCountry'
import { findRegion, findRegions } from './findRegion'

// City, country and region pages show reference data and published practices: either changing
// revalidates them (practice hooks revalidate `practices`; country, city and theme hooks `geography`).
const tags = [cacheTags.geography, cacheTags.practices]

export const getCity = cache((slug: string, locale: Locale) =>
  unstable_cache(async () => findCity(await getPayloadClient(), slug, locale), ['city-page', slug, locale], { tags })(),
)

export const getCountry = cache((slug: string, locale: Locale) =>
  unstable_cache(async () => findCountry(await getPayloadClient(), slug, locale), ['country-page', slug, locale], { tags })(),
)

export const getRegion = cache((key: string, locale: Locale) =>
  unstable_cache(async () => findRegion(await getPayloadClient(), key, locale), ['region-page', key, locale], { tags })(),
)

export const getRegions = cache((locale: Locale) =>
  unstable_cache(async () => findRegions(await getPayloadClient(), locale), ['regions-page', locale], { tags })(),
)
