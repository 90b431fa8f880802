import { CsvError, parse } from 'csv-parse/sync'

import type { FundingEditorMessageKey } from './messages'

/** A problem with the file, a row or a cell: `row` as a spreadsheet numbers it (the header is row 1). */
export type ImportProblem = { row: number | null; column: string | null; key: FundingEditorMessageKey; vars?: Record<string, string | number> }

/** A data row of the file, with its row number and its cells by (lower-cased) column name. */
export type CsvRecord = { row: number; cells: Record<string, string> }

export type CsvTable = { header: string[]; records: CsvRecord[] }

/** Spreadsheets set to a European locale save with semicolons: the header line tells which it is. */
function delimiterOf(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ','
}

/**
 * Decodes a UTF-8 file (a byte-order mark is dropped) and reads it as CSV. Rows that are entirely
 * empty are skipped but still counted, so that row numbers match the spreadsheet's.
 */
export function readCsv(bytes: Uint8Array): CsvTable | ImportProblem {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return { row: null, column: null, key: 'importNotUtf8' }
  }
  let rows: string[][]
  try {
    rows = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][]
  } catch (error) {
    const row = error instanceof CsvError && typeof error.records === 'number' ? error.records + 1 : '?'
    return { row: null, column: null, key: 'importMalformed', vars: { row } }
  }
  const [headerRow, ...dataRows] = rows
  if (!headerRow) return { row: null, column: null, key: 'importEmpty' }
  const header = headerRow.map((name) => name.trim().toLowerCase())
  const records = dataRows
    .map((cells, index) => ({ row: index + 2, cells: Object.fromEntries(header.map((name, column) => [name, (cells[column] ?? '').trim()])) }))
    .filter((record) => Object.values(record.cells).some((cell) => cell !== ''))
  return { header, records }
}

export const isProblem = (value: unknown): value is ImportProblem =>
  typeof value === 'object' && value !== null && 'key' in value && 'row' in value && 'column' in value
