import type { Payload } from 'payload'

type PoolClientLike = { release?: (destroy?: boolean) => void }
type PoolInternals = { _clients?: PoolClientLike[]; _idle?: Array<{ client: PoolClientLike }>; ended?: boolean }

/**
 * Stops Payload and closes its connection pool. Payload's postgres adapter checks one client out at
 * connect time and never releases it, and `payload.destroy()` leaves the pool open, so `pool.end()`
 * alone would wait forever: that client is destroyed first.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = payload.db.pool
  await payload.destroy()
  if (!pool) return
  const internals = pool as unknown as PoolInternals
  if (internals.ended) return
  const idle = new Set((internals._idle ?? []).map((entry) => entry.client))
  for (const client of [...(internals._clients ?? [])]) {
    if (!idle.has(client)) client.release?.(true)
  }
  await pool.end()
}
