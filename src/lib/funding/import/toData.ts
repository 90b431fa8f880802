import type { FundingAction } from '@/payload-types'
import { DEFAULT_TIME_ZONE, TRANSLATED_LOCALES } from './columns'
import { type CellDate, cellInstant } from './dates'
import type { ImportRow, ProviderRef } from './schema'

type ActionData = Partial<Omit<FundingAction, 'id' | 'createdAt' | 'updatedAt'>>
export type Translation = { locale: (typeof TRANSLATED_LOCALES)[number]; title: string; summary: string }

/** What one row asks for: the English data, the other languages, the providers and whether to publish. */
export type RowIntent = {
  externalId: string
  data: ActionData
  translations: Translation[]
  providers: ProviderRef[] | undefined
  newProviderType: NonNullable<ImportRow['provider_type']>
  /** Undefined when the file has no `publish` column: the entry keeps its state (a new one is a draft). */
  publish: boolean | undefined
}

/** Sets `key` on `target` when the column was in the file (undefined means it was not). */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined) {
  if (value !== undefined) target[key] = value
}

/** A group's fields from the columns present, or undefined when none of them is. */
function group<T extends object>(fill: (target: T) => void): T | undefined {
  const target = {} as T
  fill(target)
  return Object.keys(target).length ? target : undefined
}

const instant = (value: CellDate | null | undefined, zone: string, endOfDay = false) =>
  value === undefined ? undefined : value === null ? null : cellInstant(value, zone, { endOfDay })

/**
 * Turns a valid row into Payload data. A column left out of the file leaves the field alone; an empty
 * cell clears it, except level, direction and instruments (which an entry cannot be without).
 */
export function rowIntent(row: ImportRow): RowIntent {
  const zone = row.time_zone ?? DEFAULT_TIME_ZONE
  const hasZone = row.time_zone !== undefined || row.opens_at !== undefined || row.closes_at !== undefined
  const data: ActionData = { title: row.title_en, summary: row.summary_en, externalId: row.external_id }
  put(data, 'level', row.level ?? undefined)
  put(data, 'direction', row.direction ?? undefined)
  if (row.instruments?.length) data.instruments = row.instruments
  put(data, 'themes', row.themes)
  put(data, 'providerCountry', row.provider_country)
  put(data, 'lastVerifiedAt', instant(row.last_verified_at, zone))
  put(
    data,
    'eligibility',
    group<ActionData['eligibility'] & object>((target) => {
      put(target, 'countries', row.eligible_countries)
      put(target, 'regions', row.eligible_regions)
      put(target, 'countryScope', row.country_scope)
      put(target, 'applicantTypes', row.applicant_types)
      put(target, 'minPopulation', row.min_population)
    }),
  )
  put(
    data,
    'ticket',
    group<NonNullable<ActionData['ticket']>>((target) => {
      put(target, 'min', row.ticket_min)
      put(target, 'max', row.ticket_max)
      put(target, 'currency', row.currency)
      put(target, 'fundingRate', row.funding_rate)
      put(target, 'coFinancingRequired', row.co_financing_required)
      put(target, 'consortiumRequired', row.consortium_required)
    }),
  )
  put(
    data,
    'dates',
    group<NonNullable<ActionData['dates']>>((target) => {
      put(target, 'rolling', row.rolling)
      put(target, 'opensAt', instant(row.opens_at, zone))
      put(target, 'closesAt', instant(row.closes_at, zone, true))
      if (hasZone) {
        target.opensAt_tz = zone as NonNullable<ActionData['dates']>['opensAt_tz']
        target.closesAt_tz = zone as NonNullable<ActionData['dates']>['closesAt_tz']
      }
    }),
  )
  put(data, 'apply', group<NonNullable<ActionData['apply']>>((target) => (put(target, 'url', row.apply_url), put(target, 'contact', row.contact))))
  put(data, 'source', group<NonNullable<ActionData['source']>>((target) => (put(target, 'label', row.source_label), put(target, 'url', row.source_url))))
  // The validation made sure a language's title and summary come together.
  const translations = TRANSLATED_LOCALES.flatMap((locale): Translation[] => {
    const [title, summary] = [row[`title_${locale}`], row[`summary_${locale}`]]
    return title && summary ? [{ locale, title, summary }] : []
  })
  return {
    externalId: row.external_id,
    data,
    translations,
    providers: row.providers,
    newProviderType: row.provider_type ?? 'funder',
    publish: row.publish,
  }
}
