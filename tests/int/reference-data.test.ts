import { geoContains, geoDistance } from 'd3-geo'
import type { Feature, Geometry, Position } from 'geojson'
import { createRequire } from 'node:module'
import type { Payload } from 'payload'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import worldCountries from 'world-countries'

import { closePayload } from '@/db/closePayload'
import type { ReferenceSeedResult } from '@/seed/reference'
import { EU_MEMBERS } from '@/seed/reference/countryLists'
import { MISSION_CITIES, MISSION_CITY_COUNT } from '@/seed/reference/missionCities'
import { REFERENCE_THEMES } from '@/seed/reference/themes'
import { startIsolatedDatabase } from '../support/isolatedDatabase'

// An empty database of its own, so the first seed really starts from nothing (other test files
// create countries and cities of their own in the shared one).
let database: Awaited<ReturnType<typeof startIsolatedDatabase>>
let payload: Payload
let rest: typeof import('../support/rest').rest
let seedReferenceData: typeof import('@/seed/reference').seedReferenceData
let first: ReferenceSeedResult

beforeAll(async () => {
  database = await startIsolatedDatabase('reference-data')
  ;({ rest } = await import('../support/rest'))
  ;({ seedReferenceData } = await import('@/seed/reference'))
  const { getTestPayload } = await import('../support/payload')
  payload = await getTestPayload()
  first = await seedReferenceData(payload)
}, 180_000)

afterAll(async () => {
  await closePayload(payload)
  await database.release()
})

type Localized = Record<'en' | 'fr' | 'es' | 'pt', string>

async function all<T extends 'countries' | 'cities' | 'themes'>(collection: T, locale?: 'all') {
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, locale })
  return docs
}

// Country outlines (Natural Earth 1:50m) by ISO numeric code, to place each city.
const atlas = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>
const outlines = new Map(
  (feature(atlas, atlas.objects.countries).features as Feature<Geometry>[]).map((outline) => [String(outline.id), outline]),
)

function vertices(geometry: Geometry): Position[] {
  if (geometry.type === 'Polygon') return geometry.coordinates.flat()
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat(2)
  return []
}

/** Inside the country's outline, or within 30 km of it (a 1:50m coastline cuts off harbours). */
function inCountry(code: string, longitude: number, latitude: number): boolean {
  const numeric = worldCountries.find((country) => country.cca2 === code)?.ccn3
  const outline = numeric ? outlines.get(numeric) : undefined
  if (!outline) return false
  if (geoContains(outline, [longitude, latitude])) return true
  const nearestKm = Math.min(...vertices(outline.geometry).map((vertex) => geoDistance(vertex as [number, number], [longitude, latitude]) * 6371))
  return nearestKm <= 30
}

describe('reference data seeded on an empty database', () => {
  it('holds every ISO 3166-1 country with its codes, UN M49 region and sub-region', async () => {
    expect(first.countries).toBeGreaterThanOrEqual(249)
    const countries = await all('countries')
    expect(countries.length).toBeGreaterThanOrEqual(249)
    for (const country of countries) {
      expect(country.code).toMatch(/^[A-Z]{2}$/)
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/)
      expect(country.numeric).toMatch(/^\d{3}$/)
      expect(country.region).toBeTruthy()
      expect(country.subregion).toBeTruthy()
    }
    const byCode = new Map(countries.map((country) => [country.code, country]))
    expect(byCode.get('XK')).toMatchObject({ name: 'Kosovo', region: 'europe' })
    expect(byCode.get('BR')).toMatchObject({ alpha3: 'BRA', numeric: '076', region: 'americas', subregion: 'latin_america_caribbean' })
    expect(byCode.get('KE')).toMatchObject({ region: 'africa', subregion: 'sub_saharan_africa' })
    expect(byCode.get('JP')).toMatchObject({ region: 'asia', subregion: 'eastern_asia' })
    expect(new Set(countries.map((country) => country.slug)).size).toBe(countries.length)
  })

  it('names countries in French, Spanish and Portuguese where the names differ', async () => {
    const countries = await all('countries', 'all')
    const names = (code: string) => countries.find((country) => country.code === code)?.name as unknown as Localized
    expect(names('DE')).toEqual({ en: 'Germany', fr: 'Allemagne', es: 'Alemania', pt: 'Alemanha' })
    expect(names('ES')).toMatchObject({ en: 'Spain', fr: 'Espagne', es: 'España', pt: 'Espanha' })
    expect(names('CD').pt).toBe('República Democrática do Congo')
    const translated = countries.filter((country) => {
      const name = country.name as unknown as Localized
      return name.fr !== name.en && name.es !== name.en && name.pt !== name.en
    })
    expect(translated.length).toBeGreaterThan(150)
  })

  it('flags exactly the 27 EU Member States, and the Horizon Europe and ODA lists', async () => {
    const countries = await all('countries')
    const flagged = (flag: 'euMember' | 'horizonAssociated' | 'odaEligible') =>
      countries.filter((country) => country[flag]).map((country) => country.code)
    expect(flagged('euMember').sort()).toEqual([...EU_MEMBERS].sort())
    expect(flagged('horizonAssociated')).toEqual(expect.arrayContaining(['NO', 'GB', 'IS', 'TR', 'UA', 'XK']))
    expect(flagged('horizonAssociated')).not.toContain('FR')
    expect(flagged('odaEligible')).toEqual(expect.arrayContaining(['KE', 'IN', 'BR', 'CO', 'UA', 'PS']))
    expect(flagged('odaEligible')).not.toContain('DE')
    expect(flagged('odaEligible')).not.toContain('US')
  })

  it('holds the 13 themes, seven action domains and six enablers, named in every language', async () => {
    expect(first.themes).toBe(13)
    const themes = (await all('themes', 'all')).filter((theme) => REFERENCE_THEMES.some((seed) => seed.slug === theme.slug))
    expect(themes).toHaveLength(13)
    expect(themes.filter((theme) => theme.kind === 'domain')).toHaveLength(7)
    expect(themes.filter((theme) => theme.kind === 'enabler')).toHaveLength(6)
    const buildings = themes.find((theme) => theme.slug === 'buildings')
    expect(buildings?.name).toEqual({ en: 'Buildings', fr: 'Bâtiments', es: 'Edificios', pt: 'Edifícios' })
    for (const theme of themes) {
      const description = theme.description as unknown as Localized
      expect(Object.keys(description).sort()).toEqual(['en', 'es', 'fr', 'pt'])
    }
    const orders = themes.map((theme) => theme.order ?? 0)
    expect(new Set(orders).size).toBe(13)
  })

  it('holds the 112 EU Mission cities, each placed in its country, with a population and the 2030 target', async () => {
    expect(MISSION_CITY_COUNT).toBe(112)
    const countries = new Map((await all('countries')).map((country) => [country.id, country.code]))
    const mission = (await all('cities')).filter((city) => city.missionCity)
    // Eindhoven and Helmond were selected together as one Mission city: 112 cities, 113 records.
    expect(mission).toHaveLength(MISSION_CITIES.length)
    const eu = new Set<string>(EU_MEMBERS)
    expect(mission.filter((city) => eu.has(countries.get(city.country as number) ?? ''))).toHaveLength(101)
    for (const city of mission) {
      const code = countries.get(city.country as number) as string
      expect({ city: city.slug, placed: inCountry(code, city.longitude, city.latitude) }).toEqual({ city: city.slug, placed: true })
      expect(Math.abs(city.latitude) + Math.abs(city.longitude)).toBeGreaterThan(1)
      expect(city.population).toBeGreaterThan(0)
      expect(city.geonameId).toBeGreaterThan(0)
      expect(city.targetYear).toBe(2030)
    }
  })

  it('holds every demo city, names cities in other languages only where they differ, and gives shared names distinct slugs', async () => {
    const cities = await all('cities', 'all')
    const bySlug = new Map(cities.map((city) => [city.slug, city]))
    for (const slug of ['bogota', 'cape-town', 'medellin', 'mexico-city', 'vienna', 'singapore', 'montreal']) {
      expect(bySlug.get(slug)?.population).toBeGreaterThan(0)
    }
    expect(bySlug.get('lisbon')?.name).toEqual({ en: 'Lisbon', fr: 'Lisbonne', es: 'Lisboa', pt: 'Lisboa' })
    expect(bySlug.get('brussels')?.name).toMatchObject({ en: 'Brussels', fr: 'Bruxelles' })
    expect(bySlug.get('lodz')).toBeDefined()
    expect(bySlug.get('valencia')?.latitude).toBeCloseTo(39.47, 1)
    // Copenhagen is both a Mission city and a demo city: one record.
    expect(cities.filter((city) => city.slug.startsWith('copenhagen'))).toHaveLength(1)
    expect(new Set(cities.map((city) => city.geonameId)).size).toBe(cities.length)
  })

  it('writes only what the admin itself would accept (the bulk insert skips field validation)', async () => {
    const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
    for (const collection of ['countries', 'cities', 'themes'] as const) {
      for (const doc of await all(collection, 'all')) {
        expect({ collection, slug: doc.slug, valid: slugPattern.test(doc.slug) && doc.slug.length <= 80 }).toEqual({ collection, slug: doc.slug, valid: true })
        for (const name of Object.values(doc.name as unknown as Localized)) {
          expect(name.length).toBeGreaterThan(0)
          expect(name.length).toBeLessThanOrEqual(120)
        }
      }
    }
    for (const theme of await all('themes', 'all')) {
      for (const description of Object.values((theme.description ?? {}) as unknown as Localized)) expect(description.length).toBeLessThanOrEqual(500)
    }
    // An editor can save a seeded row unchanged: every field passes Payload's validation.
    const context = { disableRevalidate: true }
    const country = (await payload.find({ collection: 'countries', where: { code: { equals: 'CI' } }, overrideAccess: true })).docs[0]
    const city = (await payload.find({ collection: 'cities', where: { slug: { equals: 'sonderborg' } }, overrideAccess: true })).docs[0]
    const theme = (await payload.find({ collection: 'themes', where: { slug: { equals: 'just-transition' } }, overrideAccess: true })).docs[0]
    await expect(payload.update({ collection: 'countries', id: country.id, overrideAccess: true, data: {}, context })).resolves.toMatchObject({ code: 'CI' })
    await expect(payload.update({ collection: 'cities', id: city.id, overrideAccess: true, data: {}, context })).resolves.toMatchObject({ name: 'Sønderborg' })
    await expect(payload.update({ collection: 'themes', id: theme.id, overrideAccess: true, data: {}, context })).resolves.toMatchObject({ kind: 'enabler' })
  })

  it('creates nothing on a second run and keeps what editors changed; a deleted row comes back', async () => {
    const countBefore = async () =>
      Promise.all((['countries', 'cities', 'themes'] as const).map(async (collection) => (await payload.count({ collection, overrideAccess: true })).totalDocs))
    const germany = (await payload.find({ collection: 'countries', where: { code: { equals: 'DE' } }, overrideAccess: true })).docs[0]
    await payload.update({ collection: 'countries', id: germany.id, overrideAccess: true, locale: 'fr', data: { name: 'Allemagne (RFA)', odaEligible: true } })
    const before = await countBefore()

    expect(await seedReferenceData(payload)).toMatchObject({ countries: 0, themes: 0, cities: 0 })
    expect(await countBefore()).toEqual(before)
    const kept = await payload.findByID({ collection: 'countries', id: germany.id, overrideAccess: true, locale: 'fr' })
    expect(kept).toMatchObject({ name: 'Allemagne (RFA)', odaEligible: true })

    const prato = (await payload.find({ collection: 'cities', where: { slug: { equals: 'prato' } }, overrideAccess: true })).docs[0]
    await payload.delete({ collection: 'cities', id: prato.id, overrideAccess: true })
    expect(await seedReferenceData(payload)).toMatchObject({ countries: 0, themes: 0, cities: 1 })
    expect((await payload.find({ collection: 'cities', where: { slug: { equals: 'prato' } }, overrideAccess: true })).docs[0]).toMatchObject({ missionCity: true, geonameId: prato.geonameId })
  })
})

describe('reference data through the public REST API', () => {
  it('anyone can read countries, cities and themes, in their language', async () => {
    const country = await (await rest('GET', '/countries?where[code][equals]=DE&locale=es')).json()
    expect(country.docs[0]).toMatchObject({ code: 'DE', name: 'Alemania', euMember: true })
    const city = await (await rest('GET', '/cities?where[slug][equals]=lisbon&locale=pt')).json()
    expect(city.docs[0]).toMatchObject({ name: 'Lisboa', missionCity: true })
    const themes = await (await rest('GET', '/themes?limit=50&locale=fr')).json()
    expect(themes.docs.map((theme: { name: string }) => theme.name)).toContain('Mobilité')
  })

  it('nobody signed out can create a country, city or theme', async () => {
    const created = await Promise.all([
      rest('POST', '/countries', { json: { name: 'Atlantis', code: 'QQ', alpha3: 'QQQ', numeric: '998', region: 'europe', slug: 'atlantis' } }),
      rest('POST', '/cities', { json: { name: 'Atlantis City', slug: 'atlantis-city', country: 1, latitude: 1, longitude: 1 } }),
      rest('POST', '/themes', { json: { name: 'Atlantis', slug: 'atlantis', kind: 'domain' } }),
    ])
    expect(created.map((response) => response.status)).toEqual([403, 403, 403])
    const atlantis = await Promise.all(
      (['countries', 'cities', 'themes'] as const).map(async (collection) =>
        (await payload.count({ collection, where: { slug: { like: 'atlantis' } }, overrideAccess: true })).totalDocs,
      ),
    )
    expect(atlantis).toEqual([0, 0, 0])
  })
})
