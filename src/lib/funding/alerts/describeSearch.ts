import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { worldRegionName } from '@/lib/geography/regions'
import { fill } from '@/lib/submissions/fill'
import { APPLICANT_TYPES, FUNDING_DIRECTIONS, FUNDING_INSTRUMENTS, FUNDING_LEVELS, FUNDING_STATUSES, optionLabel } from '../options'
import type { FundingSearchParams } from '../params'

type Named = { collection: 'cities' | 'countries' | 'themes'; field: 'slug' | 'code'; values: string[] }

/** The public names of cities, countries or themes, by slug or code (the value itself when unknown). */
async function namesOf(payload: Payload, { collection, field, values }: Named, locale: Locale): Promise<string[]> {
  if (!values.length) return []
  const { docs } = await payload.find({
    collection,
    where: { [field]: { in: values } },
    locale,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: null,
  })
  const names = new Map(docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[field]), doc.name]))
  return values.map((value) => names.get(value) ?? value)
}

/**
 * A saved search in words, one line per filter ("Instrument: Grant, Loan"), for the alert form, the
 * emails and the subscriber's page; one line saying "every action" when nothing is filtered.
 */
export async function describeFundingSearch(payload: Payload, params: FundingSearchParams, locale: Locale): Promise<string[]> {
  const { search } = getStrings(locale).fundingAlerts
  const lines: string[] = []
  const list = (label: string, values: string[]) => {
    if (values.length) lines.push(fill(search.line, { label, values: values.join(', ') }))
  }
  if (params.q) lines.push(fill(search.text, { q: params.q }))
  if (params.city) lines.push(fill(search.city, { name: (await namesOf(payload, { collection: 'cities', field: 'slug', values: [params.city] }, locale))[0] }))
  if (params.country) {
    lines.push(fill(search.country, { name: (await namesOf(payload, { collection: 'countries', field: 'code', values: [params.country] }, locale))[0] }))
  }
  if (params.region) lines.push(fill(search.region, { name: worldRegionName(params.region, locale) }))
  list(search.applicant, params.applicantTypes.map((value) => optionLabel(APPLICANT_TYPES, value, locale)))
  list(search.direction, params.directions.map((value) => optionLabel(FUNDING_DIRECTIONS, value, locale)))
  list(search.level, params.levels.map((value) => optionLabel(FUNDING_LEVELS, value, locale)))
  list(search.instrument, params.instruments.map((value) => optionLabel(FUNDING_INSTRUMENTS, value, locale)))
  list(search.theme, await namesOf(payload, { collection: 'themes', field: 'slug', values: params.themes }, locale))
  list(search.provider, await namesOf(payload, { collection: 'countries', field: 'code', values: params.providerCountries }, locale))
  list(search.status, params.statuses.map((value) => optionLabel(FUNDING_STATUSES, value, locale)))
  if (params.showClosed) lines.push(search.closed)
  return lines.length ? lines : [search.everything]
}
