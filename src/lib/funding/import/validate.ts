import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, isImportColumn, REQUIRED_COLUMNS } from './columns'
import type { CsvTable, ImportProblem } from './csv'
import type { FundingEditorMessageKey } from './messages'
import type { ImportReferences } from './references'
import { fileSchema, type ImportRow } from './schema'

export type ValidatedRow = { row: number; data: ImportRow }

/** What is wrong with the header line: unknown, repeated or missing columns (all on row 1). */
export function headerProblems(header: string[]): ImportProblem[] {
  const problems: ImportProblem[] = []
  header.forEach((name, index) => {
    if (name === '' && index === header.length - 1) return
    if (!isImportColumn(name)) problems.push({ row: 1, column: name, key: 'importUnknownColumn', vars: { column: name } })
    else if (header.indexOf(name) !== index) problems.push({ row: 1, column: name, key: 'importDuplicateColumn', vars: { column: name } })
  })
  for (const column of REQUIRED_COLUMNS) {
    if (!header.includes(column)) problems.push({ row: 1, column, key: 'importMissingColumn', vars: { column } })
  }
  return problems
}

const columnOrder = (column: string | null) => (column === null ? -1 : IMPORT_COLUMNS.indexOf(column as (typeof IMPORT_COLUMNS)[number]))

/**
 * Checks the whole file before anything is written: the header, the number of rows, then every row
 * against the schema. Either every row comes back ready to write, or every problem found does.
 */
export function validateTable(table: CsvTable, references: ImportReferences): { rows: ValidatedRow[] } | { problems: ImportProblem[] } {
  const fromHeader = headerProblems(table.header)
  if (fromHeader.length) return { problems: fromHeader }
  if (table.records.length === 0) return { problems: [{ row: null, column: null, key: 'importEmpty' }] }
  if (table.records.length > IMPORT_MAX_ROWS) {
    return { problems: [{ row: null, column: null, key: 'importTooManyRows', vars: { count: table.records.length, max: IMPORT_MAX_ROWS } }] }
  }
  const input = table.records.map((record) => Object.fromEntries(Object.entries(record.cells).filter(([name]) => isImportColumn(name))))
  const parsed = fileSchema(references).safeParse(input)
  if (parsed.success) return { rows: parsed.data.map((data, index) => ({ row: table.records[index].row, data })) }
  const problems = parsed.error.issues.map((issue): ImportProblem => {
    const [index, column] = issue.path
    const record = typeof index === 'number' ? table.records[index] : undefined
    const params = (issue as { params?: Record<string, string | number> }).params ?? {}
    const firstIndex = typeof params.firstIndex === 'number' ? table.records[params.firstIndex]?.row : undefined
    return {
      row: record?.row ?? null,
      column: typeof column === 'string' ? column : null,
      key: issue.message as FundingEditorMessageKey,
      vars: firstIndex === undefined ? params : { ...params, row: firstIndex },
    }
  })
  return { problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnOrder(a.column) - columnOrder(b.column)) }
}
