import type { PayloadRequest } from 'payload'

import type { WorkflowStatus, WorkflowTransitionContext } from '@/collections/Practices/workflow'
import type { Practice } from '@/payload-types'

type TransitionInput = {
  id: number
  to: WorkflowStatus
  comment?: string
  req: PayloadRequest
  overrideAccess?: boolean
}

/**
 * Moves a practice to another workflow state: publishing it, unpublishing it, or any editorial
 * step. The hooks check the move is allowed and record who made it.
 */
export async function transitionPractice({ id, to, comment, req, overrideAccess = false }: TransitionInput): Promise<Practice> {
  const workflowTransition: WorkflowTransitionContext = { to, comment }
  const previousContext = req.context.workflowTransition
  req.context.workflowTransition = workflowTransition
  try {
    return await req.payload.update({
      collection: 'practices',
      id,
      data: {},
      draft: false,
      req,
      user: req.user,
      overrideAccess,
      depth: 0,
    })
  } finally {
    req.context.workflowTransition = previousContext
  }
}
