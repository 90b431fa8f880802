import type { Payload } from 'payload'

import type { WorkflowStatus } from '@/collections/Practices/workflow'
import { loadSubmission } from './submitter'
import { verifySubmissionToken } from './tokens'

export type StatusStepKind = WorkflowStatus | 'confirmed'

export type StatusStep = { kind: StatusStepKind; at: string; reason?: string }

/** What the submitter's private status page shows: their practice, never anyone else's data. */
export type SubmissionStatusView = {
  title: string
  state: WorkflowStatus | 'awaitingConfirmation'
  steps: StatusStep[]
  rejectionReason: string | null
  /** The public page's slug, once the practice is public. */
  publicSlug: string | null
}

/**
 * The status of the submission a status link points to, or null for a link that is not ours or a
 * submission that no longer exists. Editors' names and internal comments are left out: only the
 * steps, their dates and the reason given for a rejection.
 */
export async function getSubmissionStatus(payload: Payload, token: string): Promise<SubmissionStatusView | null> {
  const check = verifySubmissionToken(token, 'status')
  if (!check.valid) return null
  const submission = await loadSubmission(payload, check.practiceId)
  if (!submission || submission.origin !== 'public') return null

  const { docs: transitions } = await payload.find({
    collection: 'practice-transitions',
    where: { practice: { equals: submission.practiceId } },
    sort: 'createdAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    select: { to: true, comment: true, createdAt: true },
  })
  const steps: StatusStep[] = transitions.map((transition) => ({
    kind: transition.to,
    at: transition.createdAt,
    ...(transition.to === 'rejected' && transition.comment ? { reason: transition.comment } : {}),
  }))
  if (!steps.some((step) => step.kind === 'submitted')) steps.unshift({ kind: 'submitted', at: submission.createdAt })
  if (submission.emailConfirmedAt) steps.push({ kind: 'confirmed', at: submission.emailConfirmedAt })
  steps.sort((a, b) => a.at.localeCompare(b.at))

  const lastRejection = steps.findLast((step) => step.kind === 'rejected')
  return {
    title: submission.title,
    state: submission.emailConfirmedAt ? submission.workflowStatus : 'awaitingConfirmation',
    steps,
    rejectionReason: submission.workflowStatus === 'rejected' ? (lastRejection?.reason ?? null) : null,
    publicSlug: submission.isPublic ? (submission.slug ?? null) : null,
  }
}
