import { stringify } from 'csv-stringify/sync'
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { inTransaction, Refusal, requireEditor } from '@/lib/evaluation/endpointKit'
import type { Evaluation, Practice, Rubric, User } from '@/payload-types'

const range = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine(({ from, to }) => from <= to)

const DAY = 24 * 60 * 60 * 1000
/** A cell a spreadsheet would run as a formula (=, +, -, @) is written as text. */
const cell = (value: unknown) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
const named = <T>(value: unknown) => (typeof value === 'object' && value !== null ? (value as T) : null)

/**
 * GET /api/evaluations/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: every evaluation submitted in the
 * period (both days included, UTC), one row each with every criterion's score and justification.
 * Editors only; the file is UTF-8 with a byte-order mark so that spreadsheets read accents right.
 */
export const exportEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: (req) =>
    inTransaction(req, async () => {
      requireEditor(req)
      const url = new URL(req.url ?? 'http://localhost')
      const parsed = range.safeParse({ from: url.searchParams.get('from'), to: url.searchParams.get('to') })
      if (!parsed.success) throw new Refusal(req, 'evaluationExportRange', 400)
      const from = new Date(`${parsed.data.from}T00:00:00.000Z`)
      const until = new Date(new Date(`${parsed.data.to}T00:00:00.000Z`).getTime() + DAY)
      const { docs } = await req.payload.find({
        collection: 'evaluations',
        where: {
          and: [
            { status: { equals: 'submitted' } },
            { submittedAt: { greater_than_equal: from.toISOString() } },
            { submittedAt: { less_than: until.toISOString() } },
          ],
        },
        sort: 'submittedAt',
        depth: 1,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
      const keys = [...new Set(docs.flatMap((evaluation: Evaluation) => (evaluation.scores ?? []).map((row) => row.criterion)))]
      const header = [
        'evaluation_id', 'practice_id', 'practice', 'evaluator', 'evaluator_email', 'round', 'rubric_version', 'submitted_at',
        'recommendation', 'confidence', 'named_on_scorecard',
        ...keys.flatMap((key) => [`${key}_score`, `${key}_justification`]),
        'comments',
      ]
      const rows = docs.map((evaluation: Evaluation) => {
        const practice = named<Practice>(evaluation.practice)
        const evaluator = named<User>(evaluation.evaluator)
        const rubric = named<Rubric>(evaluation.rubric)
        const scores = new Map((evaluation.scores ?? []).map((row) => [row.criterion, row]))
        return [
          evaluation.id, practice?.id ?? evaluation.practice, practice?.title ?? '', evaluator?.name ?? '', evaluator?.email ?? '',
          evaluation.round ?? '', rubric?.version ?? '', evaluation.submittedAt ?? '',
          evaluation.recommendation ?? '', evaluation.confidence ?? '', evaluation.nameOnScorecard ? 'yes' : 'no',
          ...keys.flatMap((key) => [scores.get(key)?.score ?? '', scores.get(key)?.justification ?? '']),
          evaluation.comments ?? '',
        ]
      })
      const csv = '\uFEFF' + stringify([header, ...rows.map((row) => row.map(cell))])
      return new Response(csv, {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="gkec-evaluations-${parsed.data.from}-to-${parsed.data.to}.csv"`,
          'Cache-Control': 'private, no-store',
        },
      })
    }),
}
