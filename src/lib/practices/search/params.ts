import { z } from 'zod'

import { IMPLEMENTATION_STATUSES } from '@/collections/Practices/fields/place'
import { VERIFICATION_LEVELS } from '@/fields/impact'
import { POPULATION_BANDS, type PopulationBand, worldRegionCodes } from '@/lib/geography/regions'
import { MIN_SCORES, type MinScore, type PracticeSearchParams, type PracticeSort, SORTS } from './types'

/** Deeper pages than this are refused (clamped): nobody reads them, and OFFSET costs grow with depth. */
export const MAX_PAGE = 500
export const MAX_QUERY_LENGTH = 200
const MAX_VALUES = 30
export const MIN_YEAR = 1950
export const MAX_YEAR = 2100

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120)
const oneOf = (values: readonly string[]) => z.string().refine((value) => values.includes(value))

const VALUE_SCHEMAS = {
  theme: slug,
  region: oneOf(worldRegionCodes),
  country: z.string().transform((value) => value.toUpperCase()).pipe(z.string().regex(/^[A-Z]{2}$/)),
  city: slug,
  population: oneOf(POPULATION_BANDS.map((band) => band.value)),
  verification: oneOf(VERIFICATION_LEVELS.map((level) => level.value)),
  status: oneOf(IMPLEMENTATION_STATUSES.map((status) => status.value)),
}

const year = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR)
const page = z.coerce.number().int().min(1).catch(1).transform((value) => Math.min(value, MAX_PAGE))
const sort = z.enum(SORTS)
const minScore = z.coerce.number().refine((value): value is MinScore => (MIN_SCORES as readonly number[]).includes(value))

/** What Next.js gives a page as `searchParams`, or a URLSearchParams. */
export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>

function valuesOf(raw: RawSearchParams, name: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(name)
  const value = raw[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/** Every valid value of a list parameter, once each, in a stable order; invalid ones are dropped. */
function list(raw: RawSearchParams, name: keyof typeof VALUE_SCHEMAS): string[] {
  const valid = valuesOf(raw, name)
    .slice(0, MAX_VALUES)
    .map((value) => VALUE_SCHEMAS[name].safeParse(value.trim()))
    .flatMap((result) => (result.success ? [result.data] : []))
  return [...new Set(valid)].sort()
}

function first<T>(raw: RawSearchParams, name: string, schema: z.ZodType<T>): T | null {
  const value = valuesOf(raw, name)[0]
  if (value === undefined || value.trim() === '') return null
  const result = schema.safeParse(value.trim())
  return result.success ? result.data : null
}

/** A checkbox's value as a form sends it ('on'), or as an address spells it ('1', 'true'). */
function flag(raw: RawSearchParams, name: string): boolean {
  const value = valuesOf(raw, name)[0]?.trim().toLowerCase()
  return value === '1' || value === 'true' || value === 'on'
}

/**
 * The GET parameters of /{locale}/practices as a search. Never throws: values that are unknown or
 * malformed are dropped, the page is clamped to 1..MAX_PAGE, a reversed year range is put right.
 */
export function parsePracticeSearchParams(raw: RawSearchParams): PracticeSearchParams {
  const q = (valuesOf(raw, 'q')[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
  let yearFrom = first(raw, 'from', year)
  let yearTo = first(raw, 'to', year)
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom]
  return {
    q,
    themes: list(raw, 'theme'),
    regions: list(raw, 'region'),
    countries: list(raw, 'country'),
    cities: list(raw, 'city'),
    populationBands: list(raw, 'population') as PopulationBand[],
    missionOnly: flag(raw, 'mission'),
    verification: list(raw, 'verification'),
    statuses: list(raw, 'status'),
    yearFrom,
    yearTo,
    evaluatedOnly: flag(raw, 'evaluated'),
    minScore: first(raw, 'minScore', minScore) as MinScore | null,
    labelledOnly: flag(raw, 'label'),
    sort: (first(raw, 'sort', sort) ?? 'relevance') as PracticeSort,
    page: first(raw, 'page', page) ?? 1,
  }
}
