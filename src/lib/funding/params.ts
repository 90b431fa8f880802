import { z } from 'zod'

import { worldRegionCodes, type WorldRegionCode } from '@/lib/geography/regions'
import {
  APPLICANT_TYPES,
  type ApplicantType,
  FUNDING_DIRECTIONS,
  FUNDING_INSTRUMENTS,
  FUNDING_LEVELS,
  FUNDING_STATUSES,
  type FundingDirection,
  type FundingInstrument,
  type FundingLevel,
  type FundingStatus,
  keysOf,
} from './options'

export const FUNDING_SORTS = ['closing', 'newest', 'relevance'] as const
export type FundingSort = (typeof FUNDING_SORTS)[number]

/**
 * The next deadline first, with or without words: the search form carries the sort it shows, so a
 * default that changed with the words would turn a visitor's first search into an explicit choice.
 */
export const DEFAULT_FUNDING_SORT: FundingSort = 'closing'

/**
 * A search of the funding database, as the GET parameters of /{locale}/funding, its feeds, its
 * exports and a saved alert spell it. `city`, or `country` (with `applicant`), asks "what can this
 * city apply for?"; `region` keeps the actions open to some city of that world region.
 */
export type FundingSearchParams = {
  q: string
  directions: FundingDirection[]
  levels: FundingLevel[]
  instruments: FundingInstrument[]
  /** Theme slugs. */
  themes: string[]
  /** ISO alpha-2 codes of provider countries. */
  providerCountries: string[]
  /** Actions open to any of these applicant types (an action listing none is open to all). */
  applicantTypes: ApplicantType[]
  statuses: FundingStatus[]
  /** Closed actions are hidden unless asked for (or unless the closed status is picked). */
  showClosed: boolean
  /** Eligibility: the city asking (its slug), else its country (ISO alpha-2). */
  city: string | null
  country: string | null
  region: WorldRegionCode | null
  sort: FundingSort
  page: number
}

export const MAX_PAGE = 500
export const MAX_QUERY_LENGTH = 200
const MAX_VALUES = 30

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120)
const countryCode = z.string().transform((value) => value.toUpperCase()).pipe(z.string().regex(/^[A-Z]{2}$/))
const oneOf = (values: readonly string[]) => z.string().refine((value) => values.includes(value))

const LIST_SCHEMAS = {
  direction: oneOf(keysOf(FUNDING_DIRECTIONS)),
  level: oneOf(keysOf(FUNDING_LEVELS)),
  instrument: oneOf(keysOf(FUNDING_INSTRUMENTS)),
  theme: slug,
  provider: countryCode,
  applicant: oneOf(keysOf(APPLICANT_TYPES)),
  status: oneOf(keysOf(FUNDING_STATUSES)),
}

export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>

function valuesOf(raw: RawSearchParams, name: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(name)
  const value = raw[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function list(raw: RawSearchParams, name: keyof typeof LIST_SCHEMAS): string[] {
  const valid = valuesOf(raw, name)
    .slice(0, MAX_VALUES)
    .map((value) => LIST_SCHEMAS[name].safeParse(value.trim()))
    .flatMap((result) => (result.success ? [result.data] : []))
  return [...new Set(valid)].sort()
}

function first<T>(raw: RawSearchParams, name: string, schema: z.ZodType<T>): T | null {
  const value = valuesOf(raw, name)[0]
  if (value === undefined || value.trim() === '') return null
  const result = schema.safeParse(value.trim())
  return result.success ? result.data : null
}

function flag(raw: RawSearchParams, name: string): boolean {
  const value = valuesOf(raw, name)[0]?.trim().toLowerCase()
  return value === '1' || value === 'true' || value === 'on'
}

export const EMPTY_FUNDING_SEARCH: FundingSearchParams = {
  q: '',
  directions: [],
  levels: [],
  instruments: [],
  themes: [],
  providerCountries: [],
  applicantTypes: [],
  statuses: [],
  showClosed: false,
  city: null,
  country: null,
  region: null,
  sort: 'closing',
  page: 1,
}

/** The GET parameters as a search. Never throws: unknown or malformed values are dropped, the page clamped. */
export function parseFundingSearchParams(raw: RawSearchParams): FundingSearchParams {
  const q = (valuesOf(raw, 'q')[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  const city = first(raw, 'city', slug)
  return {
    q,
    directions: list(raw, 'direction') as FundingDirection[],
    levels: list(raw, 'level') as FundingLevel[],
    instruments: list(raw, 'instrument') as FundingInstrument[],
    themes: list(raw, 'theme'),
    providerCountries: list(raw, 'provider'),
    applicantTypes: list(raw, 'applicant') as ApplicantType[],
    statuses: list(raw, 'status') as FundingStatus[],
    showClosed: flag(raw, 'closed'),
    city,
    // A city decides its country; both would only disagree.
    country: city ? null : first(raw, 'country', countryCode),
    region: first(raw, 'region', oneOf(worldRegionCodes)) as WorldRegionCode | null,
    sort: (first(raw, 'sort', z.enum(FUNDING_SORTS)) ?? DEFAULT_FUNDING_SORT) as FundingSort,
    page: first(raw, 'page', z.coerce.number().int().min(1).catch(1).transform((value) => Math.min(value, MAX_PAGE))) ?? 1,
  }
}

/**
 * The canonical query string of a search ('' or '?…'): parameters in a fixed order, defaults left
 * out, so one search has one address (pages redirect to it; feeds and alerts store it).
 */
export function fundingQueryString(params: FundingSearchParams, options: { page?: boolean } = {}): string {
  const query = new URLSearchParams()
  if (params.q) query.set('q', params.q)
  if (params.city) query.set('city', params.city)
  if (params.country) query.set('country', params.country)
  for (const value of params.applicantTypes) query.append('applicant', value)
  if (params.region) query.set('region', params.region)
  for (const value of params.directions) query.append('direction', value)
  for (const value of params.levels) query.append('level', value)
  for (const value of params.instruments) query.append('instrument', value)
  for (const value of params.themes) query.append('theme', value)
  for (const value of params.providerCountries) query.append('provider', value)
  for (const value of params.statuses) query.append('status', value)
  if (params.showClosed) query.set('closed', '1')
  if (params.sort !== DEFAULT_FUNDING_SORT) query.set('sort', params.sort)
  if (options.page !== false && params.page > 1) query.set('page', String(params.page))
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** Whether the closed actions are part of the answer: asked for, or picked as a status. */
export const includesClosed = (params: FundingSearchParams) => params.showClosed || params.statuses.includes('closed')
