import type { Endpoint } from 'payload'
import { z } from 'zod'

import { inTransaction, readJson, Refusal, requireEditor } from '@/lib/evaluation/endpointKit'
import { openRound } from '@/lib/evaluation/rounds'
import { evaluationRules } from '@/lib/evaluation/settings'
import { ACTIVE_STATUSES } from '@/lib/evaluation/updateScorecard'

const body = z.object({
  evaluators: z.array(z.coerce.number().int().positive()).min(1).max(10),
  dueDate: z.iso.date().optional(),
})

/**
 * POST /api/practices/:id/evaluators {evaluators: [userId…], dueDate?: 'YYYY-MM-DD'}: an editor assigns
 * evaluators to a practice, all or none. The practice's round must reach the minimum number of
 * evaluators (a setting); each one is checked for the evaluator role and conflicts of interest.
 */
export const assignEvaluatorsEndpoint: Endpoint = {
  path: '/:id/evaluators',
  method: 'post',
  handler: (req) =>
    inTransaction(req, async () => {
      requireEditor(req)
      const practiceId = Number(req.routeParams?.id)
      const parsed = body.safeParse(await readJson(req))
      if (!Number.isInteger(practiceId) || !parsed.success) {
        throw new Refusal(req, 'evaluationBadRequest', 400, { problems: parsed.error?.issues.map((issue) => issue.path.join('.') || issue.message).join(', ') ?? 'id' })
      }
      const practice = await req.payload.findByID({ collection: 'practices', id: practiceId, depth: 0, overrideAccess: true, req, disableErrors: true, select: { slug: true } })
      if (!practice) throw new Refusal(req, 'evaluationPracticeNotFound', 404)
      const evaluators = [...new Set(parsed.data.evaluators)]
      const [{ minEvaluators }, round] = [await evaluationRules(req.payload, req), await openRound(practiceId, req)]
      const { totalDocs: already } = await req.payload.count({
        collection: 'evaluations',
        where: { and: [{ practice: { equals: practiceId } }, { round: { equals: round } }, { status: { in: [...ACTIVE_STATUSES] } }] },
        overrideAccess: true,
        req,
      })
      if (already + evaluators.length < minEvaluators) {
        throw new Refusal(req, 'evaluationTooFewEvaluators', 400, { min: minEvaluators, count: already + evaluators.length })
      }
      const dueDate = parsed.data.dueDate ? new Date(`${parsed.data.dueDate}T23:59:59.000Z`).toISOString() : undefined
      const created = []
      for (const evaluator of evaluators) {
        created.push(
          await req.payload.create({
            collection: 'evaluations',
            data: { practice: practiceId, evaluator, ...(dueDate ? { dueDate } : {}) } as never,
            req,
            user: req.user,
            overrideAccess: false,
            depth: 0,
          }),
        )
      }
      return Response.json({ docs: created.map((doc) => ({ id: doc.id, evaluator: doc.evaluator, dueDate: doc.dueDate, round: doc.round })) }, { status: 201 })
    }),
}
