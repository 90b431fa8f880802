import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { serverMessage } from '@/i18n/serverMessages'
import type { Practice } from '@/payload-types'
import {
  canTransition,
  INITIAL_STATUSES,
  WORKFLOW_LABELS,
  type WorkflowChange,
  type WorkflowStatus,
  type WorkflowTransitionContext,
} from '../workflow'

/**
 * Payload does not tell beforeChange whether a save is a draft (versions only) or writes the live
 * document, so the operation's arguments are noted here first.
 */
export const noteDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    req.context.practiceDraftSave = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

const label = (status: WorkflowStatus, req: Parameters<CollectionBeforeChangeHook>[0]['req']) => {
  const language = (req.i18n?.language ?? 'en') as keyof (typeof WORKFLOW_LABELS)['submitted']
  return WORKFLOW_LABELS[status][language] ?? WORKFLOW_LABELS[status].en
}

/**
 * Keeps the workflow state honest: it changes only through `transitionPractice` (an explicit
 * transition) or by publishing an approved practice; draft saves never change it, and publishing
 * anything that is not approved is refused.
 */
export const enforceWorkflow: CollectionBeforeChangeHook<Practice> = ({ data, originalDoc, operation, req, context }) => {
  const draftSave = Boolean(context.practiceDraftSave)
  const transition = context.workflowTransition as WorkflowTransitionContext | undefined
  const current = (originalDoc?.workflowStatus ?? null) as WorkflowStatus | null
  let next: WorkflowStatus

  if (operation === 'create') {
    const requested = (data.workflowStatus ?? (data.submission?.origin === 'public' ? 'submitted' : 'in_review')) as WorkflowStatus
    next = INITIAL_STATUSES.includes(requested) ? requested : 'in_review'
  } else if (transition && !draftSave) {
    if (!current || !canTransition(current, transition.to)) {
      throw new APIError(
        serverMessage(req, 'workflowNotAllowed', { from: current ? label(current, req) : '—', to: label(transition.to, req) }),
        400,
        undefined,
        true,
      )
    }
    if (transition.to === 'rejected' && !transition.comment?.trim()) {
      throw new APIError(serverMessage(req, 'workflowReasonRequired'), 400, undefined, true)
    }
    next = transition.to
    data._status = next === 'published' ? 'published' : 'draft'
  } else {
    next = current ?? 'in_review'
  }

  if (!draftSave && data._status === 'published') {
    if (next !== 'approved' && next !== 'published') {
      throw new APIError(serverMessage(req, 'workflowPublishNeedsApproval', { status: label(next, req) }), 400, undefined, true)
    }
    const leadCity = data.leadCity ?? originalDoc?.leadCity
    const themes = data.themes ?? originalDoc?.themes
    if (!leadCity || !themes?.length) {
      throw new APIError(serverMessage(req, 'workflowPublishNeedsPlace'), 400, undefined, true)
    }
    next = 'published'
  } else if (!draftSave && current === 'published' && next === 'published' && data._status === 'draft') {
    // Unpublished from the admin's "Unpublish" button: back to approved, ready to publish again.
    next = 'approved'
  }

  if (next === 'rejected' && transition?.comment) {
    data.workflow = { ...data.workflow, rejectionReason: transition.comment.trim() }
  }
  if (next === 'published' && !data.publishedAt && !originalDoc?.publishedAt) data.publishedAt = new Date().toISOString()

  data.workflowStatus = next
  // A create always writes the live row, draft or not, so its first state is recorded too.
  if ((operation === 'create' || !draftSave) && next !== current) {
    context.workflowChange = { from: current, to: next, comment: transition?.comment?.trim() || undefined } satisfies WorkflowChange
  } else {
    delete context.workflowChange
  }
  return data
}
