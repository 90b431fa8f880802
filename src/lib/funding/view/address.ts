import { toSlug } from '@/fields/slug'
import type { RawSearchParams } from '../params'
import type { FundingPlaces } from './places'

type RawRecord = Record<string, string | string[] | undefined>

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

/**
 * A city or country as a person may type it into the address ("Nairobi", "Kenya") made into what
 * the search reads (a slug, an ISO code), so that the canonical redirect keeps it; a value that
 * still names nothing we have is then answered with a message, not dropped without a word.
 */
export function normalizeFundingAddress(raw: RawRecord, places: Pick<FundingPlaces, 'countries'>): RawSearchParams {
  const next: RawRecord = { ...raw }
  const city = firstOf(raw.city)
  if (city) next.city = toSlug(city)
  const country = firstOf(raw.country)
  if (country && !/^[a-z]{2}$/i.test(country)) {
    const wanted = country.toLocaleLowerCase()
    const match = places.countries.find((option) => option.name.toLocaleLowerCase() === wanted || option.slug === toSlug(country))
    if (match) next.country = match.code
  }
  return next
}

/** The address as it came, through the same encoder as the canonical one, to compare the two. */
export function receivedQuery(raw: RawRecord): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(name, item)
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}
