import type { CityRef, CountryRef, LeadCityView } from '@/lib/practices/practiceView'
import type { City, Country } from '@/payload-types'

export const isCountry = (value: unknown): value is Country => typeof value === 'object' && value !== null && 'code' in value

export const isCity = (value: unknown): value is City => typeof value === 'object' && value !== null && 'latitude' in value

export function toCountryRef(value: number | Country | null | undefined): CountryRef | null {
  if (!isCountry(value)) return null
  return { name: value.name, slug: value.slug, code: value.code, numeric: value.numeric, region: value.region, subregion: value.subregion ?? null }
}

export function toCityRef(value: number | City | null | undefined): CityRef | null {
  if (!isCity(value)) return null
  return { name: value.name, slug: value.slug, country: toCountryRef(value.country) }
}

export function toLeadCityView(value: number | City | null | undefined): LeadCityView | null {
  const ref = toCityRef(value)
  if (!ref || !isCity(value)) return null
  return {
    ...ref,
    population: value.population ?? null,
    populationYear: value.populationYear ?? null,
    missionCity: Boolean(value.missionCity),
    targetYear: value.targetYear ?? null,
    latitude: value.latitude,
    longitude: value.longitude,
  }
}
