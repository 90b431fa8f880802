import type { PayloadRequest } from 'payload'

import { serverMessage } from '@/i18n/serverMessages'
import type { Evaluation, Rubric } from '@/payload-types'

/** What an evaluation still lacks before it can be submitted, as messages in the caller's language. */
export function missingAnswers(evaluation: Evaluation, rubric: Rubric, req: Pick<PayloadRequest, 'i18n'>): string[] {
  const problems: string[] = []
  const rows = new Map((evaluation.scores ?? []).map((row) => [row.criterion, row]))
  for (const criterion of rubric.criteria ?? []) {
    const row = rows.get(criterion.key)
    const name = criterion.name ?? criterion.key
    const score = row?.score
    if (score == null || !Number.isInteger(score) || score < rubric.scaleMin || score > rubric.scaleMax) {
      problems.push(serverMessage(req, 'evaluationMissingScore', { criterion: name, min: rubric.scaleMin, max: rubric.scaleMax }))
    }
    if (!row?.justification?.trim()) problems.push(serverMessage(req, 'evaluationMissingJustification', { criterion: name }))
  }
  if (!evaluation.recommendation) problems.push(serverMessage(req, 'evaluationMissingRecommendation'))
  if (!evaluation.confidence) problems.push(serverMessage(req, 'evaluationMissingConfidence'))
  if (!evaluation.noConflictOfInterest) problems.push(serverMessage(req, 'evaluationMissingDeclaration'))
  return problems
}
