import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { plannedCities, resolveCities, type CitySeed } from './cities'
import { loadCityRegistry } from './cityRegistry'
import { referenceCountries, type CountrySeed } from './countries'
import { REFERENCE_THEMES, type ThemeSeed } from './themes'

export type ReferenceSeedResult = { countries: number; themes: number; cities: number; milliseconds: number }

type Database = PostgresAdapter['drizzle']
type Tables = PostgresAdapter['tables']
type LocaleRow = { _parentID: number; _locale: Locale } & Record<string, unknown>

const translated: Array<Exclude<Locale, 'en'>> = ['fr', 'es', 'pt']

/**
 * One row per language for a new document: English always, another language only where one of its
 * texts differs from the English (Payload falls back to English for the others).
 */
function localeRows(parentID: number, texts: Record<string, { en: string } & Partial<Record<Exclude<Locale, 'en'>, string>>>): LocaleRow[] {
  const english = Object.fromEntries(Object.entries(texts).map(([field, text]) => [field, text.en]))
  const rows: LocaleRow[] = [{ _parentID: parentID, _locale: 'en', ...english }]
  for (const locale of translated) {
    const differs = Object.values(texts).some((text) => text[locale] && text[locale] !== text.en)
    if (!differs) continue
    const row = Object.fromEntries(Object.entries(texts).map(([field, text]) => [field, text[locale] ?? text.en]))
    rows.push({ _parentID: parentID, _locale: locale, ...row })
  }
  return rows
}

async function insertCountries(db: Database, tables: Tables, countries: CountrySeed[]): Promise<void> {
  if (!countries.length) return
  const table = tables.countries
  const inserted = await db
    .insert(table)
    .values(countries.map(({ names: _names, ...country }) => country))
    .returning({ id: table.id, code: table.code })
  const names = new Map(countries.map((country) => [country.code, country.names]))
  await db.insert(tables.countries_locales).values(inserted.flatMap((row) => localeRows(row.id as number, { name: names.get(row.code as string)! })))
}

async function insertThemes(db: Database, tables: Tables, themes: ThemeSeed[]): Promise<void> {
  if (!themes.length) return
  const table = tables.themes
  const inserted = await db
    .insert(table)
    .values(themes.map(({ slug, kind, order }) => ({ slug, kind, order })))
    .returning({ id: table.id, slug: table.slug })
  const bySlug = new Map(themes.map((theme) => [theme.slug, theme]))
  await db.insert(tables.themes_locales).values(
    inserted.flatMap((row) => {
      const theme = bySlug.get(row.slug as string)!
      return localeRows(row.id as number, { name: theme.name, description: theme.description })
    }),
  )
}

async function insertCities(db: Database, tables: Tables, cities: CitySeed[], countryIds: Map<string, number>): Promise<void> {
  if (!cities.length) return
  const table = tables.cities
  const inserted = await db
    .insert(table)
    .values(
      cities.map((city) => {
        const country = countryIds.get(city.country)
        if (!country) throw new Error(`City ${city.slug}: no country with code ${city.country}`)
        const { slug, latitude, longitude, population, geonameId, missionCity, targetYear } = city
        return { slug, country, latitude, longitude, population, geonameId, missionCity, targetYear }
      }),
    )
    .returning({ id: table.id, slug: table.slug })
  const bySlug = new Map(cities.map((city) => [city.slug, city]))
  const rows = inserted.map((row) => ({ id: row.id as number, city: bySlug.get(row.slug as string)! }))
  await db.insert(tables.cities_locales).values(rows.flatMap(({ id, city }) => localeRows(id, { name: city.names })))
  const networks = rows.flatMap(({ id, city }) => city.networks.map((value, index) => ({ parent: id, order: index + 1, value })))
  if (networks.length) await db.insert(tables.cities_networks).values(networks)
}

async function existing(payload: Payload, collection: 'countries' | 'themes' | 'cities', field: 'code' | 'slug'): Promise<Map<string, number>> {
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, select: { [field]: true }, overrideAccess: true })
  return new Map(docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[field]), doc.id]))
}

/**
 * Countries, themes and cities: creates the rows that are missing (by ISO code or slug) and leaves
 * every existing row as it is, so a second run creates nothing and editors' changes are kept.
 *
 * The new rows are inserted in bulk, all languages at once, in one transaction: a handful of
 * statements. Through the Local API each of the ~400 documents would take a create and an update
 * per language, every one through all hooks: about 90 seconds on an empty database, which every
 * e2e run pays. What the bulk insert skips does not apply to rows that did not exist: the hooks
 * that re-index the practices of a place or theme (no practice can refer to a new row yet) and
 * cache revalidation (a seed passes `disableRevalidate` anyway). Field validation is stood in for by
 * tests/int/reference-data.test.ts, which reads every seeded row back through the Local API and REST.
 */
export async function seedReferenceData(payload: Payload): Promise<ReferenceSeedResult> {
  const started = performance.now()
  const [knownCountries, knownThemes, knownCities] = await Promise.all([
    existing(payload, 'countries', 'code'),
    existing(payload, 'themes', 'slug'),
    existing(payload, 'cities', 'slug'),
  ])
  const countries = referenceCountries().filter((country) => !knownCountries.has(country.code))
  const themes = REFERENCE_THEMES.filter((theme) => !knownThemes.has(theme.slug))
  const planned = plannedCities().filter((city) => !knownCities.has(city.slug))
  // The registry takes a moment to load: only when a city is missing.
  const cities = planned.length
    ? resolveCities(planned, await loadCityRegistry(planned.map((city) => ({ name: city.registryName, country: city.country }))))
    : []

  if (countries.length || themes.length || cities.length) {
    const { drizzle, tables } = payload.db as unknown as PostgresAdapter
    await drizzle.transaction(async (tx) => {
      const db = tx as unknown as Database
      await insertCountries(db, tables, countries)
      await insertThemes(db, tables, themes)
      const ids = await db.select({ id: tables.countries.id, code: tables.countries.code }).from(tables.countries)
      await insertCities(db, tables, cities, new Map(ids.map((row) => [row.code as string, row.id as number])))
    })
  }
  return { countries: countries.length, themes: themes.length, cities: cities.length, milliseconds: Math.round(performance.now() - started) }
}
