import { randomBytes } from 'node:crypto'
import { createLocalReq, type Payload } from 'payload'

import { updateScorecard } from '@/lib/evaluation/updateScorecard'

const EVALUATORS = [
  { email: 'evaluator.diallo@gkec.localhost', name: 'Dr Amina Diallo', organisation: 'Institut de l’énergie urbaine (demo)' },
  { email: 'evaluator.lindqvist@gkec.localhost', name: 'Erik Lindqvist', organisation: 'Nordic Climate Advisory (demo)' },
]

/** Scores per practice, as offsets from a base score: a spread of results, one labelled only by an editor. */
const PATTERNS: Array<{ scores: [number, number]; recommendation: ['endorse' | 'endorse_after_revision' | 'do_not_endorse', 'endorse' | 'endorse_after_revision' | 'do_not_endorse']; named: boolean }> = [
  { scores: [4, 3], recommendation: ['endorse', 'endorse'], named: true },
  { scores: [3, 3], recommendation: ['endorse', 'endorse_after_revision'], named: false },
  { scores: [2, 2], recommendation: ['endorse_after_revision', 'endorse_after_revision'], named: false },
  { scores: [4, 4], recommendation: ['endorse', 'endorse'], named: true },
]

/**
 * Demo evaluations: two demo evaluators (who cannot sign in: their passwords are random and not kept)
 * evaluate four featured demo practices under the current rubric, so the portal shows scorecards and
 * labels from the first start. A practice that has any evaluation already is left alone, so running it
 * again changes nothing.
 */
export async function seedDemoEvaluations(payload: Payload): Promise<number> {
  const { docs: practices } = await payload.find({
    collection: 'practices',
    where: { and: [{ isDemo: { equals: true } }, { workflowStatus: { equals: 'published' } }, { featured: { equals: true } }] },
    sort: 'id',
    limit: PATTERNS.length,
    depth: 0,
    overrideAccess: true,
  })
  const untouched = []
  for (const practice of practices) {
    const { totalDocs } = await payload.count({ collection: 'evaluations', where: { practice: { equals: practice.id } }, overrideAccess: true })
    if (totalDocs === 0) untouched.push(practice)
  }
  if (!untouched.length) return 0
  const context = { disableRevalidate: true, seedDemo: true }
  const evaluators = []
  for (const evaluator of EVALUATORS) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: evaluator.email } }, limit: 1, overrideAccess: true })
    evaluators.push(
      found.docs[0] ??
        (await payload.create({
          collection: 'users',
          overrideAccess: true,
          context,
          data: { ...evaluator, password: randomBytes(18).toString('base64url'), roles: ['evaluator'] },
        })),
    )
  }
  const req = await createLocalReq({ context }, payload)
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString()
  for (const [index, practice] of untouched.entries()) {
    const pattern = PATTERNS[index]
    for (const [which, evaluator] of evaluators.entries()) {
      const assigned = await payload.create({
        collection: 'evaluations',
        overrideAccess: true,
        req,
        context,
        data: { practice: practice.id, evaluator: evaluator.id, dueDate: due } as never,
      })
      await payload.update({
        collection: 'evaluations',
        id: assigned.id,
        overrideAccess: true,
        req,
        context: { ...context, evaluationSystem: true },
        data: {
          scores: (assigned.scores ?? []).map((row, criterion) => ({
            ...row,
            score: Math.max(0, Math.min(4, pattern.scores[which] - (criterion % 3 === 2 ? 1 : 0))),
            justification: `Demo justification for ${row.criterion}: the practice documents its approach and results for this criterion.`,
          })),
          recommendation: pattern.recommendation[which],
          confidence: 'high',
          noConflictOfInterest: true,
          nameOnScorecard: pattern.named,
          status: 'submitted',
          submittedAt: new Date().toISOString(),
        },
      })
    }
    await updateScorecard(practice.id, 1, req)
  }
  return untouched.length
}
