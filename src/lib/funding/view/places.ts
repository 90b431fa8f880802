import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { isCountry } from '@/lib/geography/refs'
import { getPayloadClient } from '@/lib/payload'

export type CountryOption = { code: string; name: string; slug: string }
export type CityOption = { slug: string; name: string; countryCode: string; countryName: string; population: number | null }
export type ThemeOption = { slug: string; name: string }

/** The reference lists the funding pages name things from: every country, city and theme (public data). */
export type FundingPlaces = { countries: CountryOption[]; cities: CityOption[]; themes: ThemeOption[] }

const byName = <T extends { name: string }>(locale: Locale) => (a: T, b: T) => a.name.localeCompare(b.name, locale)

export async function findFundingPlaces(payload: Payload, locale: Locale): Promise<FundingPlaces> {
  const common = { locale, pagination: false, overrideAccess: false } as const
  const countries = await payload.find({ ...common, collection: 'countries', depth: 0, select: { code: true, name: true, slug: true } })
  const cities = await payload.find({
    ...common,
    collection: 'cities',
    depth: 1,
    select: { slug: true, name: true, country: true, population: true },
    populate: { countries: { code: true, name: true } },
  })
  const themes = await payload.find({ ...common, collection: 'themes', depth: 0, select: { slug: true, name: true } })
  return {
    countries: countries.docs.map(({ code, name, slug }) => ({ code, name, slug })).sort(byName(locale)),
    cities: cities.docs
      .flatMap((city) =>
        isCountry(city.country)
          ? [{ slug: city.slug, name: city.name, countryCode: city.country.code, countryName: city.country.name, population: city.population ?? null }]
          : [],
      )
      .sort(byName(locale)),
    themes: themes.docs.map(({ slug, name }) => ({ slug, name })).sort(byName(locale)),
  }
}

/** The lists, kept in the data cache until a country, city or theme changes. */
export const getFundingPlaces = cache((locale: Locale) =>
  unstable_cache(async () => findFundingPlaces(await getPayloadClient(), locale), ['funding-places', locale], {
    tags: [cacheTags.geography, cacheTags.themes],
  })(),
)
