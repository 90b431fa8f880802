import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { isStaffUser } from '@/access/roles'

import { sendEvaluationEmail } from '@/lib/evaluation/emails'
import { inTransaction, readJson, Refusal, requireEditor } from '@/lib/evaluation/endpointKit'
import { missingAnswers } from '@/lib/evaluation/completeness'
import { updateScorecard } from '@/lib/evaluation/updateScorecard'
import type { Evaluation, Rubric } from '@/payload-types'
import { relationId } from '@/lib/evaluation/relationId'

const reasonBody = z.object({ reason: z.string().trim().min(10).max(2000) })
const OPEN = new Set(['assigned', 'in_progress'])

async function load(req: PayloadRequest): Promise<Evaluation> {
  const id = Number(req.routeParams?.id)
  if (!isStaffUser(req.user)) throw new Refusal(req, 'evaluationNotYours', req.user ? 403 : 401)
  if (!Number.isInteger(id)) throw new Refusal(req, 'evaluationBadRequest', 400, { problems: 'id' })
  return req.payload.findByID({ collection: 'evaluations', id, depth: 0, overrideAccess: true, req })
}

/** A change of state made by the system (the hooks let it through). */
const record = (req: PayloadRequest, id: number, data: Partial<Evaluation>) =>
  req.payload.update({ collection: 'evaluations', id, data, overrideAccess: true, req, depth: 0, context: { evaluationSystem: true } })

async function reason(req: PayloadRequest): Promise<string> {
  const parsed = reasonBody.safeParse(await readJson(req))
  if (!parsed.success) throw new Refusal(req, 'evaluationReasonRequired', 400)
  return parsed.data.reason
}

const practiceTitle = async (req: PayloadRequest, evaluation: Evaluation) =>
  (await req.payload.findByID({ collection: 'practices', id: relationId(evaluation.practice), depth: 0, overrideAccess: true, req, select: { title: true } })).title ?? ''

/** POST /api/evaluations/:id/submit: the evaluator hands in her complete evaluation; it is final. */
export const submitEndpoint: Endpoint = {
  path: '/:id/submit',
  method: 'post',
  handler: (req) =>
    inTransaction(req, async () => {
      const evaluation = await load(req)
      if (relationId(evaluation.evaluator) !== req.user!.id) throw new Refusal(req, 'evaluationNotYours', 403)
      if (evaluation.status === 'submitted') throw new Refusal(req, 'evaluationSubmitted', 409)
      if (!OPEN.has(evaluation.status)) throw new Refusal(req, 'evaluationNotOpen', 409, { status: evaluation.status })
      const rubric = (await req.payload.findByID({ collection: 'rubrics', id: relationId(evaluation.rubric), depth: 0, overrideAccess: true, req })) as Rubric
      const problems = missingAnswers(evaluation, rubric, req)
      if (problems.length) throw new Refusal(req, 'evaluationIncomplete', 400, { problems: problems.join('; ') })
      const doc = await record(req, evaluation.id, { status: 'submitted', submittedAt: new Date().toISOString() })
      const scorecard = await updateScorecard(relationId(evaluation.practice), evaluation.round ?? 1, req)
      return Response.json({ doc: { id: doc.id, status: doc.status, submittedAt: doc.submittedAt }, scorecard: scorecard && { id: scorecard.id, status: scorecard.status } })
    }),
}

/** POST /api/evaluations/:id/reopen {reason}: an editor sends a submitted evaluation back to its author. */
export const reopenEndpoint: Endpoint = {
  path: '/:id/reopen',
  method: 'post',
  handler: (req) =>
    inTransaction(req, async () => {
      requireEditor(req)
      const evaluation = await load(req)
      const why = await reason(req)
      if (evaluation.status !== 'submitted') throw new Refusal(req, 'evaluationNotSubmitted', 409)
      const doc = await record(req, evaluation.id, {
        status: 'in_progress',
        submittedAt: null,
        reopenings: [...(evaluation.reopenings ?? []), { at: new Date().toISOString(), by: req.user!.id, reason: why }],
      })
      await updateScorecard(relationId(evaluation.practice), evaluation.round ?? 1, req)
      const evaluator = await req.payload.findByID({ collection: 'users', id: relationId(evaluation.evaluator), depth: 0, overrideAccess: true, req })
      await sendEvaluationEmail(req, 'reopened', evaluator, { evaluationId: doc.id, title: await practiceTitle(req, evaluation), quote: why })
      return Response.json({ doc: { id: doc.id, status: doc.status } })
    }),
}

/** POST /api/evaluations/:id/withdraw: an editor takes an open assignment back (to reassign it). */
export const withdrawEndpoint: Endpoint = {
  path: '/:id/withdraw',
  method: 'post',
  handler: (req) =>
    inTransaction(req, async () => {
      requireEditor(req)
      const evaluation = await load(req)
      if (!OPEN.has(evaluation.status)) throw new Refusal(req, 'evaluationNotOpen', 409, { status: evaluation.status })
      const doc = await record(req, evaluation.id, { status: 'withdrawn' })
      await updateScorecard(relationId(evaluation.practice), evaluation.round ?? 1, req)
      return Response.json({ doc: { id: doc.id, status: doc.status } })
    }),
}

/**
 * POST /api/evaluations/:id/declare-conflict {reason}: the evaluator is connected to the practice. Her
 * evaluation is closed, and the editor who assigned it is asked to assign someone else.
 */
export const declareConflictEndpoint: Endpoint = {
  path: '/:id/declare-conflict',
  method: 'post',
  handler: (req) =>
    inTransaction(req, async () => {
      const evaluation = await load(req)
      if (relationId(evaluation.evaluator) !== req.user!.id) throw new Refusal(req, 'evaluationNotYours', 403)
      const why = await reason(req)
      if (!OPEN.has(evaluation.status)) throw new Refusal(req, 'evaluationNotOpen', 409, { status: evaluation.status })
      const doc = await record(req, evaluation.id, { status: 'declined', declaredConflict: why })
      await updateScorecard(relationId(evaluation.practice), evaluation.round ?? 1, req)
      if (evaluation.assignedBy) {
        const editor = await req.payload.findByID({ collection: 'users', id: relationId(evaluation.assignedBy), depth: 0, overrideAccess: true, req, disableErrors: true })
        if (editor) {
          await sendEvaluationEmail(req, 'declined', editor, {
            evaluationId: doc.id,
            title: await practiceTitle(req, evaluation),
            evaluator: req.user!.name ?? req.user!.email,
            quote: why,
          })
        }
      }
      return Response.json({ doc: { id: doc.id, status: doc.status } })
    }),
}
