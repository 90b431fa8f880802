import type { Payload } from 'payload'

import type { SubRegionCode } from '@/lib/geography/regions'
import type { SeedAction, SeedOrganisation } from './types'

const read = { pagination: false, depth: 0, overrideAccess: true } as const

/** Ids of the countries, themes and sub-regions' countries the seeded data refers to. */
export type SeedReferences = {
  countries: Map<string, number>
  themes: Map<string, number>
  subregions: Map<SubRegionCode, number[]>
}

function missing(kind: string, wanted: Iterable<string>, found: Map<string, unknown>): void {
  const absent = [...new Set(wanted)].filter((key) => !found.has(key))
  if (absent.length) {
    throw new Error(`The funding seed needs ${kind} that are not seeded: ${absent.join(', ')}. Run the reference seed first.`)
  }
}

export async function seedReferences(payload: Payload, actions: SeedAction[], organisations: SeedOrganisation[]): Promise<SeedReferences> {
  const codes = new Set<string>()
  for (const organisation of organisations) if (organisation.country) codes.add(organisation.country)
  for (const action of actions) {
    if (action.providerCountry) codes.add(action.providerCountry)
    for (const code of action.eligibility.countries ?? []) codes.add(code)
  }
  const subregionCodes = [...new Set(actions.flatMap((action) => action.eligibility.subregions ?? []))]
  const themeSlugs = [...new Set(actions.flatMap((action) => action.themes))]

  const countries = await payload.find({ collection: 'countries', where: { code: { in: [...codes] } }, select: { code: true }, ...read })
  const countryIds = new Map(countries.docs.map((country) => [country.code, country.id]))
  missing('countries', codes, countryIds)

  const themes = await payload.find({ collection: 'themes', where: { slug: { in: themeSlugs } }, select: { slug: true }, ...read })
  const themeIds = new Map(themes.docs.map((theme) => [theme.slug, theme.id]))
  missing('themes', themeSlugs, themeIds)

  const subregions = new Map<SubRegionCode, number[]>(subregionCodes.map((code) => [code, []]))
  if (subregionCodes.length) {
    const members = await payload.find({
      collection: 'countries',
      where: { subregion: { in: subregionCodes } },
      select: { subregion: true },
      sort: 'code',
      ...read,
    })
    for (const country of members.docs) subregions.get(country.subregion as SubRegionCode)?.push(country.id)
  }
  const empty = subregionCodes.filter((code) => !subregions.get(code)?.length)
  if (empty.length) throw new Error(`The funding seed needs the countries of ${empty.join(', ')}. Run the reference seed first.`)

  return { countries: countryIds, themes: themeIds, subregions }
}

/** The eligible countries of an action: its listed codes and the countries of its sub-regions, once each. */
export function eligibleCountryIds(action: SeedAction, references: SeedReferences): number[] {
  const ids = [
    ...(action.eligibility.countries ?? []).map((code) => references.countries.get(code) as number),
    ...(action.eligibility.subregions ?? []).flatMap((code) => references.subregions.get(code) ?? []),
  ]
  return [...new Set(ids)]
}
