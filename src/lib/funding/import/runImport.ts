import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { IMPORT_MAX_BYTES } from './columns'
import { type ImportProblem, isProblem, readCsv } from './csv'
import { loadReferences } from './references'
import { rowIntent } from './toData'
import { validateTable } from './validate'
import { RowWriteError, type WrittenRow, writeRows } from './write'

export type ImportCounts = { created: number; updated: number; unchanged: number; organisationsCreated: number }

export type ImportOutcome =
  | { ok: true; counts: ImportCounts; rows: WrittenRow[] }
  | { ok: false; status: 413 | 422; problems: ImportProblem[] }

const refused = (status: 413 | 422, problems: ImportProblem[]): ImportOutcome => ({ ok: false, status, problems })

/**
 * Imports funding actions from a CSV file: the whole file is checked first and, if any row is
 * wrong, nothing is written; otherwise every row is written in one transaction, so that a failure
 * half-way leaves the database as it was. Re-importing a file updates the entries it created
 * (matched on external_id) and leaves those that did not change alone.
 */
export async function importFundingActions(req: PayloadRequest, bytes: Uint8Array): Promise<ImportOutcome> {
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    const size = Math.ceil(bytes.byteLength / 1024)
    return refused(413, [{ row: null, column: null, key: 'importTooLarge', vars: { size, max: IMPORT_MAX_BYTES / 1024 } }])
  }
  const table = readCsv(bytes)
  if (isProblem(table)) return refused(422, [table])

  const started = await initTransaction(req)
  try {
    const externalIds = [...new Set(table.records.map((record) => record.cells.external_id).filter(Boolean))]
    const references = await loadReferences(req, externalIds)
    const validated = validateTable(table, references)
    if ('problems' in validated) {
      if (started) await killTransaction(req)
      return refused(422, validated.problems)
    }
    const { written, organisationsCreated } = await writeRows(
      req,
      validated.rows.map(({ row, data }) => ({ row, intent: rowIntent(data) })),
      references,
    )
    if (started) await commitTransaction(req)
    announce(req, written)
    const count = (outcome: WrittenRow['outcome']) => written.filter((row) => row.outcome === outcome).length
    return { ok: true, counts: { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), organisationsCreated }, rows: written }
  } catch (error) {
    if (started) await killTransaction(req)
    if (!(error instanceof RowWriteError)) throw error
    req.payload.logger.error({ err: error.cause, msg: `Funding import rolled back at row ${error.row}` })
    const problem: ImportProblem = error.reason
      ? { row: error.row, column: null, key: 'importWriteFailed', vars: { row: error.row, reason: error.reason } }
      : { row: error.row, column: null, key: 'importWriteUnexpected', vars: { row: error.row } }
    return refused(422, [problem])
  }
}

/** Public pages learn of the new and changed actions once, after the commit. */
function announce(req: PayloadRequest, written: WrittenRow[]) {
  const changed = written.filter((row) => row.outcome !== 'unchanged')
  if (!changed.length) return
  const tags = [cacheTags.funding, cacheTags.sitemap, cacheTags.practices, cacheTags.organisations]
  revalidate([...tags, ...changed.map((row) => cacheTags.fundingAction(row.slug))], { req })
}
