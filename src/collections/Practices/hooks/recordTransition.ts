import type { CollectionAfterChangeHook } from 'payload'

import { notifySubmitter } from '@/lib/submissions/notifySubmitter'
import type { Practice } from '@/payload-types'
import type { WorkflowChange } from '../workflow'

/** Every change of workflow state is written to the audit trail, and the submitter is told. */
export const recordTransition: CollectionAfterChangeHook<Practice> = async ({ doc, req, context }) => {
  const change = context.workflowChange as WorkflowChange | undefined
  if (!change) return doc
  delete context.workflowChange
  await req.payload.create({
    collection: 'practice-transitions',
    data: {
      practice: doc.id,
      practiceTitle: doc.title?.slice(0, 200),
      from: change.from ?? undefined,
      to: change.to,
      comment: change.comment,
      by: req.user?.collection === 'users' ? req.user.id : undefined,
    },
    req,
    overrideAccess: true,
  })
  await notifySubmitter({ practice: doc, change, req })
  return doc
}
