import type { Payload } from 'payload'

import type { Rubric, User } from '@/payload-types'
import { createStaff, uniqueSuffix } from './practiceFixtures'

/** The current rubric version (the seeded one when there is one), with three criteria otherwise. */
export async function currentRubric(payload: Payload): Promise<Rubric> {
  const found = await payload.find({ collection: 'rubrics', where: { status: { equals: 'current' } }, limit: 1, overrideAccess: true })
  if (found.docs[0]) return found.docs[0]
  const latest = await payload.find({ collection: 'rubrics', sort: '-version', limit: 1, overrideAccess: true })
  return payload.create({
    collection: 'rubrics',
    overrideAccess: true,
    data: {
      version: (latest.docs[0]?.version ?? 0) + 1,
      title: 'Test rubric',
      status: 'current',
      scaleMin: 0,
      scaleMax: 4,
      criteria: [
        { key: 'relevance', name: 'Relevance', description: 'Relevance to climate neutrality.', weight: 2, levels: [{ score: 0, descriptor: 'None' }, { score: 4, descriptor: 'Central' }] },
        { key: 'evidence', name: 'Evidence', description: 'Evidence of results.', weight: 1, levels: [] },
        { key: 'transferability', name: 'Transferability', description: 'Can others repeat it?', weight: 1, levels: [] },
      ],
    },
  })
}

/** A member of staff with the evaluator role, optionally working in a city or an organisation. */
export async function createEvaluator(payload: Payload, data: Partial<Pick<User, 'city' | 'organisation' | 'name' | 'language'>> = {}) {
  const evaluator = await createStaff(payload, 'evaluator')
  const user = await payload.update({ collection: 'users', id: evaluator.user.id, overrideAccess: true, data: { name: `Evaluator ${uniqueSuffix()}`, ...data } })
  return { ...evaluator, user: { ...user, collection: 'users' } as User }
}

/** Fills in and saves every answer of an evaluation as its evaluator (scores given per criterion key). */
export async function fillEvaluation(payload: Payload, evaluationId: number, evaluator: User, scores: Record<string, number>, extra: Record<string, unknown> = {}) {
  const evaluation = await payload.findByID({ collection: 'evaluations', id: evaluationId, overrideAccess: false, user: evaluator })
  return payload.update({
    collection: 'evaluations',
    id: evaluationId,
    overrideAccess: false,
    user: evaluator,
    data: {
      scores: (evaluation.scores ?? []).map((row) => ({ ...row, score: scores[row.criterion] ?? 3, justification: `Because ${row.criterion} is well documented.` })),
      recommendation: 'endorse',
      confidence: 'high',
      noConflictOfInterest: true,
      ...extra,
    },
  })
}
