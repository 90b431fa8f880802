import type { PayloadRequest } from 'payload'

import type { WorkflowChange } from '@/collections/Practices/workflow'
import type { OutboxMessage } from '@/email/outboxAdapter'
import type { Practice } from '@/payload-types'
import { submitterEmail } from './submitterEmails'

type Input = { practice: Practice; change: WorkflowChange; req: PayloadRequest }

/**
 * Tells the person who submitted a practice through the public form about each workflow step.
 * Queued through the outbox in the same transaction as the change, so it is sent exactly when the
 * change commits, and retried until it is.
 */
export async function notifySubmitter({ practice, change, req }: Input): Promise<void> {
  const submission = practice.submission
  if (submission?.origin !== 'public' || !submission.email || !submission.emailConfirmedAt) return
  const email = submitterEmail({ practice, change })
  if (!email) return
  const message: OutboxMessage = { to: submission.email, subject: email.subject, text: email.text, html: email.html, template: email.template, req }
  await req.payload.sendEmail(message)
}
