import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '@/access/roles'
import { Refusal } from '@/lib/evaluation/endpointKit'
import type { Evaluation } from '@/payload-types'
import { statusLabels } from '../fields'
import { relationId } from '@/lib/evaluation/relationId'


/**
 * Saving an evaluation by hand: a submitted one never changes (an editor reopens it through its
 * endpoint, with a reason), a withdrawn or declined one is closed. The rows of criteria are the rubric
 * version's: only their score and justification are saved. The evaluator's first save marks it in
 * progress; a new due date means a new reminder.
 */
export const guardEvaluation: CollectionBeforeChangeHook<Evaluation> = ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !originalDoc || context.evaluationSystem) return data
  if (originalDoc.status === 'submitted') throw new Refusal(req, 'evaluationSubmitted', 403)
  if (originalDoc.status !== 'assigned' && originalDoc.status !== 'in_progress') {
    const language = (req.i18n?.language ?? 'en') as keyof (typeof statusLabels)['assigned']
    throw new Refusal(req, 'evaluationNotOpen', 409, { status: statusLabels[originalDoc.status][language] ?? originalDoc.status })
  }
  const incoming = new Map((data.scores ?? []).map((row) => [row.criterion, row]))
  const scores = (originalDoc.scores ?? []).map((row) => {
    const change = incoming.get(row.criterion)
    return { ...row, score: change ? (change.score ?? null) : row.score, justification: change ? (change.justification ?? null) : row.justification }
  })
  const byEvaluator = isStaffUser(req.user) && req.user.id === relationId(originalDoc.evaluator)
  const dueDateChanged = data.dueDate != null && new Date(data.dueDate).getTime() !== new Date(originalDoc.dueDate).getTime()
  return {
    ...data,
    scores,
    status: byEvaluator && originalDoc.status === 'assigned' ? 'in_progress' : originalDoc.status,
    ...(dueDateChanged ? { reminderSentAt: null } : {}),
  }
}
