import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'

import { userHasRole } from '@/access/roles'
import { serverMessage } from '@/i18n/serverMessages'
import { conflictOfInterest } from '@/lib/evaluation/conflict'
import { Refusal } from '@/lib/evaluation/endpointKit'
import { openRound } from '@/lib/evaluation/rounds'
import { evaluationRules } from '@/lib/evaluation/settings'
import { ACTIVE_STATUSES } from '@/lib/evaluation/updateScorecard'
import type { Evaluation, Rubric } from '@/payload-types'
import { relationId } from '@/lib/evaluation/relationId'

const DAY = 24 * 60 * 60 * 1000

/** A new assignment without a due date gets the default delay from the settings. */
export const defaultDueDate: CollectionBeforeValidateHook<Evaluation> = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || data.dueDate) return data
  const { defaultDueDays } = await evaluationRules(req.payload, req)
  return { ...data, dueDate: new Date(Date.now() + defaultDueDays * DAY).toISOString() }
}

/**
 * Checks a new assignment and sets it up: the person must hold the evaluator role, must not be
 * connected to the practice (its lead city or organisation, or a conflict she declared in this round),
 * and must not already be assigned. The assignment joins the practice's open round, under the rubric
 * version of that round (the current one for a new round), with one row per criterion to fill in.
 */
export const prepareAssignment: CollectionBeforeChangeHook<Evaluation> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { payload } = req
  const practiceId = relationId(data.practice)
  const evaluatorId = relationId(data.evaluator)
  const [practice, evaluator] = [
    await payload.findByID({ collection: 'practices', id: practiceId, depth: 0, overrideAccess: true, req, disableErrors: true }),
    await payload.findByID({ collection: 'users', id: evaluatorId, depth: 0, overrideAccess: true, req, disableErrors: true }),
  ]
  if (!practice) throw new Refusal(req, 'evaluationPracticeNotFound', 404)
  const name = evaluator?.name || evaluator?.email || String(evaluatorId)
  if (!evaluator || !userHasRole(evaluator, 'evaluator')) throw new Refusal(req, 'evaluationNotEvaluator', 400, { name })
  const conflict = conflictOfInterest(evaluator, practice, req)
  if (conflict) throw new Refusal(req, 'evaluationConflict', 409, { name, reason: conflict })
  if (new Date(String(data.dueDate)).getTime() < Date.now()) throw new Refusal(req, 'evaluationDueDateInPast', 400)

  const round = await openRound(practiceId, req)
  const { docs: inRound } = await payload.find({
    collection: 'evaluations',
    where: { and: [{ practice: { equals: practiceId } }, { round: { equals: round } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { evaluator: true, status: true, rubric: true },
  })
  const hers = inRound.filter((evaluation) => relationId(evaluation.evaluator) === evaluatorId)
  if (hers.some((evaluation) => evaluation.status === 'declined')) {
    throw new Refusal(req, 'evaluationConflict', 409, { name, reason: serverMessage(req, 'evaluationConflictDeclared') })
  }
  if (hers.some((evaluation) => (ACTIVE_STATUSES as readonly string[]).includes(evaluation.status))) {
    throw new Refusal(req, 'evaluationAlreadyAssigned', 409, { name })
  }

  const roundRubric = inRound.find((evaluation) => evaluation.rubric)?.rubric
  const rubric = roundRubric
    ? ((await payload.findByID({ collection: 'rubrics', id: relationId(roundRubric), depth: 0, overrideAccess: true, req })) as Rubric)
    : (await payload.find({ collection: 'rubrics', where: { status: { equals: 'current' } }, sort: '-version', limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
  if (!rubric) throw new Refusal(req, 'evaluationNoRubric', 409)

  return {
    ...data,
    status: 'assigned',
    round,
    rubric: rubric.id,
    assignedBy: req.user?.id ?? null,
    scores: (rubric.criteria ?? []).map((criterion) => ({ criterion: criterion.key, score: null, justification: null })),
    recommendation: null,
    confidence: null,
    noConflictOfInterest: false,
    submittedAt: null,
    reminderSentAt: null,
  }
}
