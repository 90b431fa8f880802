import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

// The advisory-lock key space of newsletter sends: (this number, issue id).
const SEND_LOCK_SPACE = 0x6e6c5344

export type LockedWork<T> = { locked: true; result: T } | { locked: false }

/**
 * Runs `work` on a connection of its own while holding the session advisory lock of one issue's
 * send, so only one worker sends an issue at a time. A worker that dies loses its connection and
 * with it the lock; a live one releases it in `finally`.
 */
export async function withSendLock<T>(payload: Payload, issueId: number, work: (client: PoolClient) => Promise<T>): Promise<LockedWork<T>> {
  // The adapter's pg is typed by its own copy of @types/pg; the client is the same class.
  const client = (await payload.db.pool.connect()) as unknown as PoolClient
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [SEND_LOCK_SPACE, issueId])
    if (!rows[0]?.locked) return { locked: false }
    try {
      return { locked: true, result: await work(client) }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [SEND_LOCK_SPACE, issueId])
    }
  } finally {
    client.release()
  }
}

/** Whether some live worker is sending the issue right now (its lock is held). */
export async function isSendLocked(payload: Payload, issueId: number): Promise<boolean> {
  const probe = await withSendLock(payload, issueId, async () => true)
  return !probe.locked
}
