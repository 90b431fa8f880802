import type { Payload } from 'payload'

import { isSendLocked } from './lock'

/** A send whose heartbeat is older than this is taken for dead. */
export const STALE_SEND_MS = 2 * 60_000

/** Whether a sendNewsletter job for the issue is waiting to run (queued or waiting for its retry). */
export async function hasWaitingSendJob(payload: Payload, issueId: number): Promise<boolean> {
  const { rows } = await payload.db.pool.query(
    `SELECT 1 FROM payload_jobs
      WHERE task_slug = 'sendNewsletter' AND completed_at IS NULL AND has_error IS NOT TRUE AND processing IS NOT TRUE
        AND (input->>'issue')::int = $1 LIMIT 1`,
    [issueId],
  )
  return rows.length > 0
}

/**
 * Queues the send again for each issue whose sending stopped: 'sending' with a stale heartbeat and
 * nobody holding its lock (the worker died), or 'scheduled' past its time with no job waiting (the
 * job was lost). The send itself is idempotent, so a spare job does no harm.
 */
export async function resumeStalledSends(payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<{ resumed: number }> {
  const { rows } = await payload.db.pool.query<{ id: number }>(
    `SELECT id FROM nl_issues
      WHERE _status = 'published'
        AND ((send_status = 'sending' AND (heartbeat_at IS NULL OR heartbeat_at < $1))
          OR (send_status = 'scheduled' AND send_at <= $2))
      ORDER BY id`,
    [new Date(now.getTime() - STALE_SEND_MS), now],
  )
  let resumed = 0
  for (const { id } of rows) {
    if ((await hasWaitingSendJob(payload, id)) || (await isSendLocked(payload, id))) continue
    await payload.jobs.queue({ task: 'sendNewsletter', input: { issue: id } })
    resumed++
  }
  return { resumed }
}
