import type { Endpoint, PayloadRequest } from 'payload'

import { type ServerMessageKey, serverMessage } from '@/i18n/serverMessages'
import { IMPORT_MAX_BYTES } from '@/lib/funding/import/columns'
import type { ImportProblem } from '@/lib/funding/import/csv'
import { importFundingActions } from '@/lib/funding/import/runImport'
import { refuseNonEditor } from './editorOnly'
import { importResultPage, type LocalizedProblem } from './importResultPage'

// A multipart body carries some bytes of its own around the file.
const MAX_BODY_BYTES = IMPORT_MAX_BYTES + 64 * 1024

const localize = (req: PayloadRequest, problem: ImportProblem): LocalizedProblem => ({
  row: problem.row,
  column: problem.column,
  message: serverMessage(req, problem.key as ServerMessageKey, problem.vars),
})

/** A browser posting the form without JavaScript asks for HTML; the admin's script asks for JSON. */
const wantsPage = (req: PayloadRequest) => /text\/html/.test(req.headers.get('accept') ?? '')

async function uploadedFile(req: PayloadRequest): Promise<Uint8Array | ImportProblem> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  const tooLarge = (size: number): ImportProblem => ({ row: null, column: null, key: 'importTooLarge', vars: { size: Math.ceil(size / 1024), max: IMPORT_MAX_BYTES / 1024 } })
  if (declared > MAX_BODY_BYTES) return tooLarge(declared)
  const form = await req.formData?.().catch(() => null)
  const file = form?.get('file')
  if (!(file instanceof Blob) || file.size === 0) return { row: null, column: null, key: 'importNoFile' }
  return new Uint8Array(await file.arrayBuffer())
}

/**
 * POST /api/funding-actions/import (multipart, field `file`): an editor loads funding actions from a
 * CSV file. 200 with the counts (created, updated, unchanged); 422 with every problem (row, column,
 * message in the editor's language) and nothing written; 400 without a file, 413 for a file too large.
 */
export const importActionsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const refusal = refuseNonEditor(req)
    if (refusal) return refusal
    const adminList = `${req.payload.config.routes.admin}/collections/funding-actions`
    const file = await uploadedFile(req)
    const outcome = file instanceof Uint8Array ? await importFundingActions(req, file) : { ok: false as const, status: file.key === 'importNoFile' ? 400 : 413, problems: [file] }
    if (outcome.ok) {
      const body = { ...outcome.counts, rows: outcome.rows }
      if (wantsPage(req)) return new Response(importResultPage(req.i18n?.language, adminList, outcome), { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
      return Response.json(body)
    }
    const problems = outcome.problems.map((problem) => localize(req, problem))
    const summary = serverMessage(req, 'importInvalid', { count: problems.length })
    if (wantsPage(req)) {
      return new Response(importResultPage(req.i18n?.language, adminList, { summary, problems }), { status: outcome.status, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
    }
    return Response.json({ message: summary, errors: problems }, { status: outcome.status })
  },
}
