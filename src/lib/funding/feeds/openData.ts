import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { FundingSearchParams } from '../params'
import { feedQuery, fundingFeedLinks } from './links'
import { OPEN_DATA_COLUMN_NAMES, OPEN_DATA_COLUMNS } from './openDataColumns'
import { type OpenDataRow, type OpenDataValue, openDataRow } from './openDataRow'
import { FEED_MAX_ROWS, matchedActions } from './publishedActions'

export type OpenDataExport = { total: number; truncated: boolean; rows: OpenDataRow[] }

/** Every published action matching a search (up to 10,000), in the search's order, as open-data rows. */
export async function openDataExport(payload: Payload, params: FundingSearchParams, locale: Locale, now = new Date()): Promise<OpenDataExport> {
  const { total, actions } = await matchedActions(payload, params, locale, { now, limit: FEED_MAX_ROWS })
  return { total, truncated: total > actions.length, rows: actions.map(({ match, action }) => openDataRow(match, action, locale)) }
}

const csvCell = (value: OpenDataValue): string => {
  if (value === null) return ''
  if (Array.isArray(value)) return value.join(';')
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return String(value)
}

/** RFC 4180 CSV with a header row, UTF-8 with a byte-order mark so spreadsheets read accents right. */
export function openDataCsv({ rows }: OpenDataExport): string {
  return stringify(
    rows.map((row) => OPEN_DATA_COLUMN_NAMES.map((column) => csvCell(row[column]))),
    { header: true, columns: OPEN_DATA_COLUMN_NAMES, bom: true, record_delimiter: 'windows' },
  )
}

/** The same rows as JSON, with what was asked, when, and what each field means. */
export function openDataJson(data: OpenDataExport, params: FundingSearchParams, locale: Locale, now = new Date()): string {
  return JSON.stringify(
    {
      source: 'Global Knowledge Exchange Centre (GKEC)',
      generated_at: now.toISOString(),
      locale,
      query: feedQuery(params),
      csv: fundingFeedLinks(locale, params).csv,
      total: data.total,
      truncated: data.truncated,
      fields: OPEN_DATA_COLUMNS,
      items: data.rows,
    },
    null,
    2,
  )
}
