import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { loadSubmission } from './submitter'
import { receivedEmail } from './submitterEmails'
import { verifySubmissionToken } from './tokens'

export type ConfirmOutcome =
  | { status: 'confirmed'; practiceId: number; locale: Locale; firstTime: boolean }
  | { status: 'invalid' | 'expired' | 'gone' }

/** Holds the practice's row until the transaction ends, so two clicks on the link confirm it once. */
async function lockPractice(payload: Payload, req: PayloadRequest, id: number): Promise<void> {
  const transactionID = await req.transactionID
  const session = transactionID ? payload.db.sessions?.[String(transactionID)] : undefined
  // The session's handle is the drizzle transaction of the postgres adapter.
  const db = session?.db as typeof payload.db.drizzle | undefined
  if (db) await db.execute(sql`SELECT id FROM practices WHERE id = ${id} FOR UPDATE`)
}

/**
 * Follows a confirmation link: the first time, records when the address was confirmed (editors see
 * the practice from then on) and queues the "received" email with the status page link; later
 * clicks change nothing. Nothing becomes public.
 */
export async function confirmSubmission(payload: Payload, token: string | null | undefined, now = Date.now()): Promise<ConfirmOutcome> {
  const check = verifySubmissionToken(token, 'confirm', now)
  if (!check.valid) return { status: check.reason }

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await lockPractice(payload, req, check.practiceId)
    const submission = await loadSubmission(payload, check.practiceId, req)
    if (!submission || submission.origin !== 'public' || !submission.email) {
      await commitTransaction(req)
      return { status: 'gone' }
    }
    if (submission.emailConfirmedAt) {
      await commitTransaction(req)
      return { status: 'confirmed', practiceId: submission.practiceId, locale: submission.locale, firstTime: false }
    }
    await payload.update({
      collection: 'practices',
      id: submission.practiceId,
      data: { submission: { emailConfirmedAt: new Date(now).toISOString() } },
      overrideAccess: true,
      depth: 0,
      req,
    })
    const email = receivedEmail(submission)
    await payload.sendEmail({ to: submission.email, ...email, req })
    await commitTransaction(req)
    return { status: 'confirmed', practiceId: submission.practiceId, locale: submission.locale, firstTime: true }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
