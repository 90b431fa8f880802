import type { CollectionAfterChangeHook } from 'payload'

import { sendEvaluationEmail } from '@/lib/evaluation/emails'
import type { Evaluation } from '@/payload-types'
import { relationId } from '@/lib/evaluation/relationId'


/** The evaluator learns of a new assignment by email, sent when the assignment commits. */
export const notifyAssignment: CollectionAfterChangeHook<Evaluation> = async ({ doc, operation, req, context }) => {
  // Demo evaluators have no mailbox.
  if (operation !== 'create' || context.seedDemo) return doc
  const [evaluator, practice, rubric] = [
    await req.payload.findByID({ collection: 'users', id: relationId(doc.evaluator), depth: 0, overrideAccess: true, req }),
    await req.payload.findByID({ collection: 'practices', id: relationId(doc.practice), depth: 0, overrideAccess: true, req, select: { title: true } }),
    await req.payload.findByID({ collection: 'rubrics', id: relationId(doc.rubric), depth: 0, overrideAccess: true, req, select: { version: true } }),
  ]
  await sendEvaluationEmail(req, 'assigned', evaluator, {
    evaluationId: doc.id,
    title: practice.title ?? '',
    due: doc.dueDate,
    version: rubric.version,
  })
  return doc
}
