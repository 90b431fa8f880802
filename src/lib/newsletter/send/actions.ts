import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { withoutSubscriber } from '@/lib/newsletter/render/personalize'
import { renderIssue } from '@/lib/newsletter/render/renderIssue'
import { emailStrings } from '@/lib/newsletter/render/strings'
import type { NewsletterSendMessageKey } from './messages'
import { readIssueSendState, writeSendState } from './state'

/** A refused admin action, with the HTTP status the endpoint answers and the key of a message staff can act on (translated by the endpoint). */
export class SendActionError extends Error {
  constructor(
    readonly status: number,
    readonly key: NewsletterSendMessageKey,
  ) {
    super(key)
    this.name = 'SendActionError'
  }
}

async function sendableState(payload: Payload, issueId: number) {
  const state = await readIssueSendState(payload, issueId)
  if (!state) throw new SendActionError(404, 'newsletterUnknownIssue')
  if (!state.published) throw new SendActionError(409, 'newsletterNotPublished')
  if (state.status === 'sending' || state.status === 'sent') throw new SendActionError(409, state.status === 'sent' ? 'newsletterAlreadySent' : 'newsletterAlreadySending')
  return state
}

/** Drops the send jobs of an issue that have not started (a cancelled or moved schedule). */
async function dropWaitingJobs(payload: Payload, issueId: number): Promise<void> {
  const { rows } = await payload.db.pool.query<{ id: number }>(
    `SELECT id FROM payload_jobs WHERE task_slug = 'sendNewsletter' AND completed_at IS NULL AND processing IS NOT TRUE AND (input->>'issue')::int = $1`,
    [issueId],
  )
  if (rows.length) await payload.delete({ collection: 'payload-jobs', where: { id: { in: rows.map((row) => row.id) } }, overrideAccess: true })
}

/**
 * Schedules the issue's send at `at` (now when not given): status 'scheduled' and a sendNewsletter
 * job that waits until then. A schedule already set is replaced.
 */
export async function scheduleSend(payload: Payload, issueId: number, at: Date | null, now = new Date()): Promise<void> {
  await sendableState(payload, issueId)
  if (at && at.getTime() <= now.getTime()) throw new SendActionError(400, 'newsletterPastTime')
  const sendAt = at ?? now
  const changed = await writeSendState(payload.db.pool, issueId, { send_status: 'scheduled', send_at: sendAt }, ['draft', 'cancelled', 'scheduled'])
  if (!changed) throw new SendActionError(409, 'newsletterAlreadySending')
  await dropWaitingJobs(payload, issueId)
  await payload.jobs.queue({ task: 'sendNewsletter', input: { issue: issueId }, ...(at ? { waitUntil: at } : {}) })
}

/** Cancels a scheduled send that has not started: back to 'draft', its job removed. */
export async function cancelSchedule(payload: Payload, issueId: number): Promise<void> {
  const changed = await writeSendState(payload.db.pool, issueId, { send_status: 'draft', send_at: null }, ['scheduled'])
  if (!changed) throw new SendActionError(409, 'newsletterNotScheduled')
  await dropWaitingJobs(payload, issueId)
}

/**
 * Sends the issue as it stands (the draft being edited) to one staff member, in one language, the
 * subject marked [TEST]. Goes through the ordinary outbox: one message.
 */
export async function sendTest(payload: Payload, issueId: number, locale: Locale, to: string): Promise<void> {
  const rendered = await renderIssue(payload, issueId, locale, 'latest')
  const message = withoutSubscriber(rendered, locale)
  await payload.sendEmail({
    to,
    subject: `${emailStrings(locale).testPrefix} ${message.subject}`,
    html: message.html,
    text: message.text,
    template: 'newsletter-test',
  })
}
