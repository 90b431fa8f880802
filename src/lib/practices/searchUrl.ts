import type { Locale } from '@/i18n/locales'
import type { PopulationBand } from '@/lib/geography/regions'
import { type FacetName, MIN_SCORES, type MinScore, type PracticeSearchParams, type PracticeSort } from './search/types'

/** Facets whose values are a list of GET values (every facet but the year range). */
export type ListFacet = Exclude<FacetName, 'year'>

/** Facets that are on or off (a checkbox sending `1`), and the field of PracticeSearchParams each sets. */
const FLAG_FACETS = {
  mission: 'missionOnly',
  evaluated: 'evaluatedOnly',
  label: 'labelledOnly',
} as const satisfies Partial<Record<ListFacet, keyof PracticeSearchParams>>

type FlagFacet = keyof typeof FLAG_FACETS

/** The GET parameter of each list facet, and the field of PracticeSearchParams it fills. */
const LIST_FACETS = {
  theme: 'themes',
  region: 'regions',
  country: 'countries',
  city: 'cities',
  population: 'populationBands',
  verification: 'verification',
  status: 'statuses',
} as const satisfies Record<Exclude<ListFacet, FlagFacet | 'minScore'>, keyof PracticeSearchParams>

type MultiFacet = keyof typeof LIST_FACETS

const isFlag = (facet: ListFacet): facet is FlagFacet => facet in FLAG_FACETS

/** The list facets in the order of the filter form (and of the GET parameters). */
export const FORM_ORDER: ListFacet[] = [
  'theme',
  'region',
  'country',
  'city',
  'population',
  'mission',
  'verification',
  'status',
  'evaluated',
  'minScore',
  'label',
]

/** The facets of the filter form's "Evaluation" group. */
export const EVALUATION_FACETS = ['evaluated', 'minScore', 'label'] as const satisfies readonly ListFacet[]

/** One filter a visitor has applied, as a removable chip shows it. */
export type ActiveFilter =
  | { facet: ListFacet; value: string }
  | { facet: 'year'; value: 'from' | 'to'; year: number }

export const EMPTY_SEARCH: PracticeSearchParams = {
  q: '',
  themes: [],
  regions: [],
  countries: [],
  cities: [],
  populationBands: [],
  missionOnly: false,
  verification: [],
  statuses: [],
  yearFrom: null,
  yearTo: null,
  evaluatedOnly: false,
  minScore: null,
  labelledOnly: false,
  sort: 'relevance',
  page: 1,
}

/** Without a query there is nothing to rank by, so relevance and newest give the same order. */
function isDefaultSort(sort: PracticeSort, q: string): boolean {
  return q.trim() ? sort === 'relevance' : sort === 'relevance' || sort === 'newest'
}

/** The values selected in one facet. */
export function filterValues(params: PracticeSearchParams, facet: ListFacet): string[] {
  if (isFlag(facet)) return params[FLAG_FACETS[facet]] ? ['1'] : []
  if (facet === 'minScore') return params.minScore != null ? [String(params.minScore)] : []
  return params[LIST_FACETS[facet]]
}

/** One threshold at a time: the last one chosen. */
function minScoreOf(values: string[]): MinScore | null {
  const valid = values.map(Number).filter((value): value is MinScore => (MIN_SCORES as readonly number[]).includes(value))
  return valid.at(-1) ?? null
}

function setValues(params: PracticeSearchParams, facet: ListFacet, values: string[]): PracticeSearchParams {
  if (isFlag(facet)) return { ...params, [FLAG_FACETS[facet]]: values.length > 0, page: 1 }
  if (facet === 'minScore') return { ...params, minScore: minScoreOf(values), page: 1 }
  const unique = [...new Set(values)].sort()
  if (facet === 'population') return { ...params, populationBands: unique as PopulationBand[], page: 1 }
  return { ...params, [LIST_FACETS[facet as MultiFacet]]: unique, page: 1 }
}

/** The search with one more filter value (back to the first page: the result set changes). */
export function withFilter(params: PracticeSearchParams, facet: ListFacet, value: string): PracticeSearchParams {
  return setValues(params, facet, [...filterValues(params, facet), value])
}

/** The search without one filter value. */
export function withoutFilter(params: PracticeSearchParams, filter: ActiveFilter): PracticeSearchParams {
  if (filter.facet === 'year') {
    return { ...params, [filter.value === 'from' ? 'yearFrom' : 'yearTo']: null, page: 1 }
  }
  return setValues(
    params,
    filter.facet,
    filterValues(params, filter.facet).filter((value) => value !== filter.value),
  )
}

/** The search with this value as the only one of its facet, e.g. the map's country links. */
export function withOnlyFilter(params: PracticeSearchParams, facet: ListFacet, value: string): PracticeSearchParams {
  return setValues(params, facet, [value])
}

/** Every filter applied, in the order of the filter form. The free-text query is not a filter. */
export function activeFilters(params: PracticeSearchParams): ActiveFilter[] {
  const filters: ActiveFilter[] = []
  for (const facet of FORM_ORDER) {
    for (const value of filterValues(params, facet)) filters.push({ facet, value })
  }
  if (params.yearFrom != null) filters.push({ facet: 'year', value: 'from', year: params.yearFrom })
  if (params.yearTo != null) filters.push({ facet: 'year', value: 'to', year: params.yearTo })
  return filters
}

/** The same query and sort with no filters: what "Clear all filters" leads to. */
export function withoutFilters(params: PracticeSearchParams): PracticeSearchParams {
  return { ...EMPTY_SEARCH, q: params.q, sort: params.sort }
}

export function withPage(params: PracticeSearchParams, page: number): PracticeSearchParams {
  return { ...params, page }
}

/** Whether the search differs from the plain first page of the repository. */
export function isRefined(params: PracticeSearchParams): boolean {
  return Boolean(params.q.trim()) || activeFilters(params).length > 0 || params.page > 1
}

/**
 * The GET parameters of a search, in a fixed order with sorted values, so that one result set has
 * one address (for caches, canonical links and history). Defaults are left out.
 */
export function searchQueryString(params: PracticeSearchParams): string {
  const query = new URLSearchParams()
  const q = params.q.trim()
  if (q) query.append('q', q)
  for (const facet of FORM_ORDER) {
    for (const value of [...new Set(filterValues(params, facet))].sort()) query.append(facet, value)
  }
  if (params.yearFrom != null) query.append('from', String(params.yearFrom))
  if (params.yearTo != null) query.append('to', String(params.yearTo))
  if (!isDefaultSort(params.sort, q)) query.append('sort', params.sort)
  if (params.page > 1) query.append('page', String(params.page))
  const text = query.toString()
  return text ? `?${text}` : ''
}

export function practicesPath(locale: Locale): string {
  return `/${locale}/practices`
}

/** The address of a search's result page. */
export function practicesHref(locale: Locale, params: PracticeSearchParams): string {
  return `${practicesPath(locale)}${searchQueryString(params)}`
}

/**
 * Page numbers to link to: the first, the last, and `spread` either side of the current one; null
 * marks a gap (a gap of one page shows that page instead).
 */
export function pageWindow(page: number, pageCount: number, spread = 2): Array<number | null> {
  const shown = (n: number) => n === 1 || n === pageCount || Math.abs(n - page) <= spread
  const pages: Array<number | null> = []
  for (let n = 1; n <= pageCount; n += 1) {
    if (shown(n) || (shown(n - 1) && shown(n + 1))) pages.push(n)
    else if (pages[pages.length - 1] !== null) pages.push(null)
  }
  return pages
}
