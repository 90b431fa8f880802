import type { PayloadRequest } from 'payload'

import type { WorkflowChange } from '@/collections/Practices/workflow'
import type { OutboxMessage } from '@/email/outboxAdapter'
import type { Practice } from '@/payload-types'
import { loadSubmission } from './submitter'
import { workflowEmail } from './submitterEmails'

type Input = { practice: Pick<Practice, 'id' | 'submission'>; change: WorkflowChange; req: PayloadRequest }

const TOLD_ABOUT: ReadonlySet<WorkflowChange['to']> = new Set(['in_review', 'published', 'rejected'])

/**
 * Tells the person who submitted a practice through the public form about each workflow step, in
 * the language they used. Queued through the outbox in the same transaction as the change, so it
 * is sent exactly when the change commits, and retried until it is. Submissions whose address was
 * never confirmed get nothing: that address may not belong to the person who used it.
 */
export async function notifySubmitter({ practice, change, req }: Input): Promise<void> {
  if (!TOLD_ABOUT.has(change.to)) return
  // Editorial practices (most of them) need no second read; the group is absent when hidden by access.
  if (practice.submission && practice.submission.origin !== 'public') return
  const submission = await loadSubmission(req.payload, practice.id, req)
  if (submission?.origin !== 'public' || !submission.email || !submission.emailConfirmedAt) return
  const email = workflowEmail(submission, change)
  if (!email) return
  const message: OutboxMessage = { to: submission.email, subject: email.subject, text: email.text, html: email.html, template: email.template, req }
  await req.payload.sendEmail(message)
}
