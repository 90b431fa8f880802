import { z } from 'zod'

import {
  APPLICANT_TYPES,
  COUNTRY_SCOPES,
  FUNDING_DIRECTIONS,
  FUNDING_INSTRUMENTS,
  FUNDING_LEVELS,
  keysOf,
  ORGANISATION_TYPES,
} from '@/lib/funding/options'
import { worldRegionCodes } from '@/lib/geography/regions'
import { cell, CellProblem, currency, date, inSet, listOf, lookedUp, number, oneOf, requiredCell, text, url, yesNo } from './cells'
import { DEFAULT_TIME_ZONE, NEEDED_FOR_NEW, TRANSLATED_LOCALES } from './columns'
import { type CellDate, cellInstant } from './dates'
import { organisationKey, type ImportReferences } from './references'

/** A provider named in the file: an organisation that exists, or one the import creates. */
export type ProviderRef = { id: number } | { create: string }

const title = text(200)
const summary = text(600)

function providerReader(references: ImportReferences) {
  return (name: string): ProviderRef | CellProblem => {
    const ids = references.organisations.get(organisationKey(name)) ?? []
    if (ids.length > 1 && new Set(ids).size > 1) return new CellProblem('importAmbiguousProvider', { value: name })
    return ids[0] !== undefined ? { id: ids[0] } : { create: name.replace(/\s+/g, ' ').slice(0, 200) }
  }
}

/** One row of the file: each column read and checked on its own, then the rules between columns. */
export function rowSchema(references: ImportReferences) {
  const country = lookedUp(references.countries, 'importUnknownCountry', (value) => value.toUpperCase())
  return z
    .object({
      external_id: requiredCell(text(100)),
      title_en: requiredCell(title),
      summary_en: requiredCell(summary),
      title_fr: cell(title),
      summary_fr: cell(summary),
      title_es: cell(title),
      summary_es: cell(summary),
      title_pt: cell(title),
      summary_pt: cell(summary),
      level: cell(oneOf(keysOf(FUNDING_LEVELS))),
      direction: cell(oneOf(keysOf(FUNDING_DIRECTIONS))),
      instruments: cell(listOf(oneOf(keysOf(FUNDING_INSTRUMENTS))), []),
      themes: cell(listOf(lookedUp(references.themes, 'importUnknownTheme', (value) => value.toLowerCase())), []),
      providers: cell(listOf(providerReader(references), /;/), []),
      provider_type: cell(oneOf(keysOf(ORGANISATION_TYPES))),
      provider_country: cell(country),
      eligible_countries: cell(listOf(country), []),
      eligible_regions: cell(listOf(oneOf(worldRegionCodes)), []),
      country_scope: cell(oneOf(keysOf(COUNTRY_SCOPES)), 'any' as const),
      applicant_types: cell(listOf(oneOf(keysOf(APPLICANT_TYPES))), []),
      min_population: cell(number({ integer: true })),
      ticket_min: cell(number()),
      ticket_max: cell(number()),
      currency: cell(currency, 'EUR'),
      funding_rate: cell(number({ max: 100 })),
      co_financing_required: cell(yesNo, false),
      consortium_required: cell(yesNo, false),
      rolling: cell(yesNo, false),
      opens_at: cell(date),
      closes_at: cell(date),
      time_zone: cell(inSet(references.timeZones, 'importBadTimeZone')),
      apply_url: cell(url),
      contact: cell(text(300)),
      source_label: cell(text(200)),
      source_url: cell(url),
      last_verified_at: cell(date),
      publish: cell(yesNo, false),
    })
    .superRefine(
      (row, ctx) => {
        // Runs even when some cells were refused (their values are then unusable, hence the guards).
        const problem = (column: string, message: string) => ctx.addIssue({ code: 'custom', path: [column], message })
        if (typeof row.ticket_min === 'number' && typeof row.ticket_max === 'number' && row.ticket_max < row.ticket_min) problem('ticket_max', 'importTicketRange')
        if (row.rolling === true && isCellDate(row.closes_at)) problem('closes_at', 'importRollingWithDeadline')
        const zone = row.time_zone === undefined || row.time_zone === null ? DEFAULT_TIME_ZONE : row.time_zone
        if (isCellDate(row.opens_at) && isCellDate(row.closes_at) && typeof zone === 'string') {
          if (cellInstant(row.closes_at, zone, { endOfDay: true }) < cellInstant(row.opens_at, zone)) problem('closes_at', 'importDateOrder')
        }
        // Payload requires both in every language it publishes.
        for (const locale of TRANSLATED_LOCALES) {
          const [title, summary] = [row[`title_${locale}`], row[`summary_${locale}`]]
          if (typeof title === 'string' && !summary) problem(`summary_${locale}`, 'importTranslationPair')
          if (typeof summary === 'string' && !title) problem(`title_${locale}`, 'importTranslationPair')
        }
        if (typeof row.external_id === 'string' && !references.existing.has(row.external_id)) {
          for (const column of NEEDED_FOR_NEW) {
            const value = row[column as 'level' | 'direction' | 'instruments']
            if (value == null || (Array.isArray(value) && value.length === 0)) problem(column, 'importNeededForNew')
          }
        }
      },
      { when: () => true },
    )
}

const isCellDate = (value: unknown): value is CellDate => typeof value === 'object' && value !== null && 'year' in value

export type ImportRow = z.output<ReturnType<typeof rowSchema>>

/** The whole file: every row, and that no external_id appears twice. */
export function fileSchema(references: ImportReferences) {
  return z.array(rowSchema(references)).superRefine(
    (rows, ctx) => {
      const firstSeen = new Map<string, number>()
      rows.forEach((row, index) => {
        if (typeof row?.external_id !== 'string') return
        const first = firstSeen.get(row.external_id)
        if (first === undefined) firstSeen.set(row.external_id, index)
        else ctx.addIssue({ code: 'custom', path: [index, 'external_id'], message: 'importDuplicateId', params: { firstIndex: first } })
      })
    },
    { when: () => true },
  )
}
