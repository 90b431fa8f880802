import type { Payload } from 'payload'

type PoolClientLike = { release?: (destroy?: boolean) => void }
type PoolInternals = { _clients?: PoolClientLike[]; _idle?: Array<{ client: PoolClientLike }>; ended?: boolean; waitingCount?: number }

/** How long in-flight queries (a job run started just before the crons stopped) may take to finish. */
const SETTLE_MS = 15_000

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
  const busy = () => {
    const idle = new Set((internals._idle ?? []).map((entry) => entry.client))
    return (internals._clients ?? []).filter((client) => !idle.has(client))
  }
  // Work still running (e.g. a job run the cron started) keeps its client until its query ends; a
  // client released under a running query is released twice when that query fails, which pg
  // throws as an uncaught error. Only the client Payload holds for good stays busy.
  const deadline = Date.now() + SETTLE_MS
  while ((busy().length > 1 || (internals.waitingCount ?? 0) > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const idle = new Set((internals._idle ?? []).map((entry) => entry.client))
  for (const client of [...(internals._clients ?? [])]) {
    if (!idle.has(client)) client.release?.(true)
  }
  await pool.end()
}
