import type { PayloadRequest } from 'payload'

import type { Evaluation, Rubric, Scorecard, User } from '@/payload-types'
import { aggregateEvaluations, labelExpiry, type Recommendation } from './aggregate'
import { evaluationRules } from './settings'
import { relationId } from '@/lib/evaluation/relationId'


/** Evaluations that count in a round: not withdrawn by an editor, not declined for a conflict. */
export const ACTIVE_STATUSES = ['assigned', 'in_progress', 'submitted'] as const

/**
 * Brings the result of one evaluation round in line with its evaluations. The result is computed once
 * every active evaluation of the round is submitted and there are at least the minimum number (so that
 * no evaluator still at work can learn the others' scores from it); until then, and when one is
 * reopened, an earlier result of the round is set aside ("reopened") and hidden from the public.
 */
export async function updateScorecard(practiceId: number, round: number, req: PayloadRequest): Promise<Scorecard | null> {
  const { payload } = req
  const rules = await evaluationRules(payload, req)
  const [{ docs: evaluations }, { docs: existing }] = [
    await payload.find({
      collection: 'evaluations',
      where: { and: [{ practice: { equals: practiceId } }, { round: { equals: round } }, { status: { in: [...ACTIVE_STATUSES] } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    }),
    await payload.find({
      collection: 'scorecards',
      where: { and: [{ practice: { equals: practiceId } }, { round: { equals: round } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    }),
  ]
  const previous = existing[0]
  const submitted = evaluations.filter((evaluation) => evaluation.status === 'submitted')
  if (submitted.length < rules.minEvaluators || submitted.length < evaluations.length) {
    if (previous && previous.status !== 'reopened') {
      return payload.update({ collection: 'scorecards', id: previous.id, data: { status: 'reopened' }, overrideAccess: true, req, depth: 0 })
    }
    return null
  }

  const rubric = (await payload.findByID({ collection: 'rubrics', id: relationId(submitted[0].rubric), depth: 0, overrideAccess: true, req })) as Rubric
  const result = aggregateEvaluations(
    {
      scaleMin: rubric.scaleMin,
      scaleMax: rubric.scaleMax,
      criteria: (rubric.criteria ?? []).map((criterion) => ({ key: criterion.key, weight: criterion.weight })),
    },
    submitted.map((evaluation: Evaluation) => ({
      scores: (evaluation.scores ?? []).map((score) => ({ criterion: score.criterion, score: Number(score.score) })),
      recommendation: evaluation.recommendation as Recommendation,
    })),
    rules,
  )
  const consenting = submitted.filter((evaluation) => evaluation.nameOnScorecard).map((evaluation) => relationId(evaluation.evaluator))
  const named = consenting.length
    ? (await payload.find({ collection: 'users', where: { id: { in: consenting } }, depth: 0, pagination: false, overrideAccess: true, req, select: { name: true } })).docs
    : []
  const now = new Date()
  const labelled = result.outcome === 'labelled'
  const data = {
    practice: practiceId,
    round,
    summary: `#${practiceId} · ${round} · ${result.overallPercent}%`,
    status: result.outcome,
    rubric: rubric.id,
    rubricVersion: rubric.version,
    evaluatorCount: result.evaluatorCount,
    computedAt: now.toISOString(),
    overall: result.overall,
    overallPercent: result.overallPercent,
    labelAwardedAt: labelled ? now.toISOString() : null,
    labelExpiresAt: labelled ? labelExpiry(now, rules.labelValidityMonths).toISOString() : null,
    criteria: result.criteria,
    recommendations: {
      endorse: result.recommendations.endorse,
      endorseAfterRevision: result.recommendations.endorse_after_revision,
      doNotEndorse: result.recommendations.do_not_endorse,
    },
    disagreement: [
      ...result.disagreement.criteria.map((key) => `spread on ${key}`),
      ...(result.disagreement.oppositeRecommendations ? ['opposite recommendations'] : []),
    ].join('; '),
    namedEvaluators: (named as Pick<User, 'name'>[]).map((user) => ({ name: user.name })),
    decision: { by: null, at: null, reason: null },
  }
  return previous
    ? payload.update({ collection: 'scorecards', id: previous.id, data, overrideAccess: true, req, depth: 0 })
    : payload.create({ collection: 'scorecards', data, overrideAccess: true, req, depth: 0 })
}
