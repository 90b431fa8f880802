import type { Locale } from '@/i18n/locales'
import { APPLICANT_TYPES, FUNDING_DIRECTIONS, FUNDING_INSTRUMENTS, FUNDING_LEVELS, FUNDING_STATUSES, keysOf, optionLabel } from '../options'
import type { FundingSearchParams } from '../params'
import { FUNDING_FACETS, type FundingFacet } from '../search/conditions'
import type { FundingMatches } from '../search/matchFunding'
import type { FundingPlaces } from './places'
import { facetValues } from './searchUrl'
import type { FacetOption } from './types'

const TABLES = {
  direction: FUNDING_DIRECTIONS,
  level: FUNDING_LEVELS,
  instrument: FUNDING_INSTRUMENTS,
  applicant: APPLICANT_TYPES,
  status: FUNDING_STATUSES,
} as const

/** Every value a facet can take, with its name, in the order the form lists them. */
function facetLabels(facet: FundingFacet, places: FundingPlaces, locale: Locale): Array<[string, string]> {
  if (facet === 'theme') return places.themes.map((theme) => [theme.slug, theme.name])
  if (facet === 'provider') return places.countries.map((country) => [country.code, country.name])
  const table = TABLES[facet]
  return keysOf(table).map((value) => [value, optionLabel(table, value, locale)])
}

/** Each facet's options: the values some result has (with how many), and the chosen ones even without. */
export function fundingFacets(
  params: FundingSearchParams,
  counts: FundingMatches['counts'],
  places: FundingPlaces,
  locale: Locale,
): Record<FundingFacet, FacetOption[]> {
  const facets = {} as Record<FundingFacet, FacetOption[]>
  for (const facet of FUNDING_FACETS) {
    const chosen = facetValues(params, facet)
    const facetCounts = counts[facet] ?? {}
    facets[facet] = facetLabels(facet, places, locale)
      .map(([value, label]) => ({ value, label, count: facetCounts[value] ?? 0, selected: chosen.includes(value) }))
      .filter((option) => option.selected || option.count > 0)
  }
  return facets
}
