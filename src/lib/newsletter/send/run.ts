import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { isLocale, type Locale } from '@/i18n/locales'
import { personalize } from '@/lib/newsletter/render/personalize'
import { type RenderedIssue, renderIssue } from '@/lib/newsletter/render/renderIssue'
import { freezeAudience, readSegment } from './audience'
import { claimBatch, markFailed, markSent, markSentEarlier, pendingBatches } from './batches'
import { withSendLock } from './lock'
import { sendBatch } from './provider'
import { readSendState, refreshStats, writeSendState } from './state'

export type SendResult = { sent: number; failed: number; skipped?: 'locked' | 'not-due' | 'not-sendable' }

/** The key Resend remembers a batch by: the same batch of the same issue is accepted once. */
export const batchIdempotencyKey = (issueId: number, batch: number): string => `newsletter-${issueId}-batch-${batch}`

function fromAddress(payload: Payload): string {
  const { defaultFromAddress, defaultFromName } = payload.email
  return defaultFromName ? `${defaultFromName} <${defaultFromAddress}>` : defaultFromAddress
}

/**
 * Starts the send of a due issue: the audience frozen and the status moved to 'sending', together,
 * unless the schedule was cancelled in the meantime (false).
 */
async function start(client: PoolClient, issueId: number, now: Date): Promise<boolean> {
  const segment = await readSegment(client, issueId)
  await client.query('BEGIN')
  try {
    await freezeAudience(client, issueId, segment)
    if (!(await writeSendState(client, issueId, { send_status: 'sending', sending_started_at: now, heartbeat_at: now }, ['scheduled']))) {
      await client.query('ROLLBACK')
      return false
    }
    await refreshStats(client, issueId)
    await client.query('COMMIT')
    return true
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}

async function sendBatches(payload: Payload, client: PoolClient, issueId: number): Promise<void> {
  const renders = new Map<Locale, RenderedIssue>()
  const rendered = async (locale: Locale) => {
    const cached = renders.get(locale)
    if (cached) return cached
    const fresh = await renderIssue(payload, issueId, locale)
    renders.set(locale, fresh)
    return fresh
  }
  const from = fromAddress(payload)
  for (const batch of await pendingBatches(client, issueId)) {
    const deliveries = await claimBatch(client, issueId, batch)
    if (deliveries.length) {
      const messages = []
      for (const delivery of deliveries) {
        const locale = isLocale(delivery.locale) ? delivery.locale : 'en'
        messages.push({ from, to: delivery.email, ...personalize(await rendered(locale), delivery.subscriberId, locale) })
      }
      const outcome = await sendBatch(messages, batchIdempotencyKey(issueId, batch))
      if (outcome.kind === 'accepted') await markSent(client, deliveries, outcome.providerIds, new Date())
      else if (outcome.kind === 'alreadyAccepted') await markSentEarlier(client, deliveries, outcome.note, new Date())
      else await markFailed(client, deliveries, outcome.error)
    }
    await refreshStats(client, issueId, { heartbeat_at: new Date() })
  }
}

/**
 * Sends one issue, or carries on with a send that was cut short. Only one worker at a time (an
 * advisory lock per issue); an issue that is not due, cancelled or already sent is left alone.
 */
export async function runNewsletterSend(payload: Payload, issueId: number, { now = new Date() }: { now?: Date } = {}): Promise<SendResult> {
  const outcome = await withSendLock(payload, issueId, async (client): Promise<SendResult> => {
    const state = await readSendState(client, issueId)
    if (!state || !state.published || !['scheduled', 'sending'].includes(state.status)) return { sent: 0, failed: 0, skipped: 'not-sendable' }
    if (state.status === 'scheduled') {
      if (state.sendAt && state.sendAt.getTime() > now.getTime()) return { sent: 0, failed: 0, skipped: 'not-due' }
      if (!(await start(client, issueId, now))) return { sent: 0, failed: 0, skipped: 'not-sendable' }
    }
    await sendBatches(payload, client, issueId)
    await refreshStats(client, issueId, { send_status: 'sent', sent_at: new Date(), heartbeat_at: new Date() })
    const done = await readSendState(client, issueId)
    return { sent: done?.stats.sent ?? 0, failed: done?.stats.failed ?? 0 }
  })
  return outcome.locked ? outcome.result : { sent: 0, failed: 0, skipped: 'locked' }
}
