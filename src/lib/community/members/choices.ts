import type { Payload } from 'payload'

import { type Locale, locales } from '@/i18n/locales'
import { MEMBER_LANGUAGES, MEMBER_ROLES } from '@/lib/community/options'
import { getSubmissionFormOptions, type ThemeOption } from '@/lib/submissions/formOptions'

type Option = { value: string; label: string }

/** Everything the profile fields offer, in the page's language. */
export type ProfileChoices = {
  countries: Option[]
  /** The chosen country (code and name) and its cities, when one is chosen. */
  country: { code: string; name: string; cities: Option[] } | null
  roles: Option[]
  languages: Option[]
  themes: ThemeOption[]
  locales: Option[]
}

/** The seeded cities of one country, by name. */
async function citiesOf(payload: Payload, countryCode: string, locale: Locale): Promise<Option[]> {
  const { docs } = await payload.find({
    collection: 'cities',
    where: { 'country.code': { equals: countryCode } },
    limit: 0,
    pagination: false,
    depth: 0,
    locale,
    overrideAccess: false,
    select: { name: true },
  })
  const collator = new Intl.Collator(locale)
  return docs.map((city) => ({ value: String(city.id), label: city.name })).sort((a, b) => collator.compare(a.label, b.label))
}

export async function getProfileChoices(payload: Payload, locale: Locale, countryCode: string): Promise<ProfileChoices> {
  const { countries, themes } = await getSubmissionFormOptions(locale)
  const chosen = countries.find((country) => country.code === countryCode)
  const collator = new Intl.Collator(locale)
  const named = (table: Record<string, Record<Locale, string>>) => Object.entries(table).map(([value, names]) => ({ value, label: names[locale] }))
  return {
    countries: countries.map((country) => ({ value: country.code, label: country.name })),
    country: chosen ? { code: chosen.code, name: chosen.name, cities: await citiesOf(payload, chosen.code, locale) } : null,
    roles: named(MEMBER_ROLES),
    languages: named(MEMBER_LANGUAGES).sort((a, b) => collator.compare(a.label, b.label)),
    themes,
    locales: locales.map((entry) => ({ value: entry.code, label: entry.label })),
  }
}

/** A country code from the address (`?country=FR`), or empty. */
export const countryParam = (value: unknown): string => (typeof value === 'string' && /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : '')
