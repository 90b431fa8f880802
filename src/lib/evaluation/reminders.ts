import type { PayloadRequest } from 'payload'

import { sendEvaluationEmail } from './emails'
import { evaluationRules } from './settings'
import { relationId } from '@/lib/evaluation/relationId'

const DAY = 24 * 60 * 60 * 1000

/**
 * Emails each evaluator whose open evaluation is due within the reminder period (a setting) and who
 * has not been reminded for this due date; overdue ones are reminded too, once. Each reminder is
 * queued with the mark that it was sent, in one transaction per evaluation.
 */
export async function remindEvaluators(req: PayloadRequest, now = new Date()): Promise<number> {
  const { payload } = req
  const { reminderDaysBefore } = await evaluationRules(payload, req)
  const { docs } = await payload.find({
    collection: 'evaluations',
    where: {
      and: [
        { status: { in: ['assigned', 'in_progress'] } },
        { reminderSentAt: { exists: false } },
        { dueDate: { less_than_equal: new Date(now.getTime() + reminderDaysBefore * DAY).toISOString() } },
      ],
    },
    depth: 0,
    limit: 500,
    overrideAccess: true,
    req,
  })
  for (const evaluation of docs) {
    const [evaluator, practice] = [
      await payload.findByID({ collection: 'users', id: relationId(evaluation.evaluator), depth: 0, overrideAccess: true, req }),
      await payload.findByID({ collection: 'practices', id: relationId(evaluation.practice), depth: 0, overrideAccess: true, req, select: { title: true } }),
    ]
    await sendEvaluationEmail(req, 'reminder', evaluator, { evaluationId: evaluation.id, title: practice.title ?? '', due: evaluation.dueDate })
    await payload.update({
      collection: 'evaluations',
      id: evaluation.id,
      data: { reminderSentAt: now.toISOString() },
      overrideAccess: true,
      req,
      depth: 0,
      context: { evaluationSystem: true },
    })
  }
  return docs.length
}
