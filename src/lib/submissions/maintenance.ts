import type { Payload } from 'payload'

import { deleteOldRateLimitHits } from '@/lib/security/rateLimit'
import { deleteUnconfirmedSubmissions } from './deleteUnconfirmedSubmissions'

const EVERY_MS = 10 * 60 * 1000
let lastRun = 0

/**
 * Housekeeping after a submission, at most every ten minutes per process: forgets old rate-limit
 * windows and deletes expired unconfirmed submissions. A failure is logged, never shown to the
 * visitor whose submission is already saved.
 */
export async function runSubmissionMaintenance(payload: Payload, now = Date.now()): Promise<void> {
  if (now - lastRun < EVERY_MS) return
  lastRun = now
  try {
    await deleteOldRateLimitHits(payload, undefined, now)
    await deleteUnconfirmedSubmissions(payload, now)
  } catch (error) {
    payload.logger.error({ err: error }, 'submission housekeeping failed')
  }
}
