import type { Locale } from '@/i18n/locales'
import type { PopulationBand } from '@/lib/geography/regions'

/** The sort orders of the repository. */
export const SORTS = ['relevance', 'newest', 'emissions', 'score'] as const
export type PracticeSort = (typeof SORTS)[number]

/** What a visitor asked for: every field maps to a GET parameter of /{locale}/practices. */
export type PracticeSearchParams = {
  /** Free text. */
  q: string
  /** Theme slugs (`theme`). */
  themes: string[]
  /** World region keys of src/lib/geography/regions.ts (`region`). */
  regions: string[]
  /** ISO alpha-2 codes (`country`). */
  countries: string[]
  /** City slugs (`city`). */
  cities: string[]
  /** Population bands (`population`). */
  populationBands: PopulationBand[]
  /** Only EU Mission cities (`mission=1`). */
  missionOnly: boolean
  /** Verification levels (`verification`). */
  verification: string[]
  /** Implementation statuses (`status`). */
  statuses: string[]
  /** Implementation years that overlap this range (`from`, `to`). */
  yearFrom: number | null
  yearTo: number | null
  /** Only practices with a final evaluation result (`evaluated=1`). */
  evaluatedOnly: boolean
  /** Only practices whose overall score is at least this % of the rubric's scale (`minScore`, one of MIN_SCORES). */
  minScore: MinScore | null
  /** Only practices whose "Evaluated best practice" label is current (`label=1`). */
  labelledOnly: boolean
  sort: PracticeSort
  /** 1-based (`page`). */
  page: number
}

/** The thresholds a visitor can choose for the overall evaluation score, in % of the scale. */
export const MIN_SCORES = [50, 60, 70, 80, 90] as const
export type MinScore = (typeof MIN_SCORES)[number]

export const FACETS = [
  'theme',
  'region',
  'country',
  'city',
  'population',
  'mission',
  'verification',
  'status',
  'year',
  'evaluated',
  'minScore',
  'label',
] as const
export type FacetName = (typeof FACETS)[number]

/** One value of a facet, with the number of results it would give (disjunctive within the facet). */
export type FacetValue = { value: string; label: string; count: number; selected: boolean }

/** A practice as lists, cards and the map show it. Only published practices ever become one. */
export type PracticeCard = {
  id: number
  slug: string
  title: string
  summary: string
  city: { slug: string; name: string } | null
  country: { code: string; name: string } | null
  themes: Array<{ slug: string; name: string }>
  emissionsReduced: number | null
  verificationLevel: string | null
  implementationStatus: string | null
  startYear: number | null
  endYear: number | null
  /**
   * The practice's latest final evaluation result, when it has one: its overall score in % of the
   * scale and the day its label expires (null when not labelled). Only the repository's cards carry it.
   */
  evaluation?: { percent: number; labelExpiresAt: string | null } | null
  image: { url: string; alt: string; width?: number | null; height?: number | null } | null
}

export type MapCountry = { code: string; numeric: string; name: string; count: number }
export type MapCity = { slug: string; name: string; latitude: number; longitude: number; count: number }

export type PracticeSearchResult = {
  params: PracticeSearchParams
  locale: Locale
  total: number
  page: number
  pageCount: number
  pageSize: number
  items: PracticeCard[]
  facets: Record<FacetName, FacetValue[]>
  /** The same result set as the list, on every page, counted per country and per city. */
  map: { countries: MapCountry[]; cities: MapCity[] }
  /** True when no exact match was found and typo-tolerant matching produced the results. */
  fuzzy: boolean
}
