import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'

export type RateLimitRule = {
  /** What is counted (see `rateLimitKey`); at most 200 characters. */
  key: string
  limit: number
  windowSeconds: number
}

/**
 * The key under which something is counted, e.g. `rateLimitKey('submit-practice:email', address)`.
 * The value (an IP or email address) is stored as a keyed hash: the table holds no personal data.
 */
export function rateLimitKey(scope: string, value: string): string {
  const secret = process.env.PAYLOAD_SECRET ?? ''
  return `${scope}:${createHmac('sha256', secret).update(`gkec:rate-limit:${value}`).digest('base64url').slice(0, 32)}`
}

export type RateLimitResult = { allowed: boolean; hits: number; retryAfterSeconds: number }

/**
 * Counts one hit against a fixed window (`rate_limit_hits`) and says whether it is within the limit.
 * The upsert is atomic, so concurrent requests on any number of instances never undercount.
 */
export async function hitRateLimit(payload: Payload, { key, limit, windowSeconds }: RateLimitRule, now = Date.now()): Promise<RateLimitResult> {
  const windowMs = windowSeconds * 1000
  const windowStart = Math.floor(now / windowMs) * windowMs
  const { rows } = await payload.db.pool.query<{ hits: number }>(
    `INSERT INTO rate_limit_hits (key, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
     RETURNING hits`,
    [key.slice(0, 200), new Date(windowStart)],
  )
  const hits = Number(rows[0]?.hits ?? 1)
  return { allowed: hits <= limit, hits, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) }
}

/** Forgets windows that ended long ago; returns how many rows went. */
export async function deleteOldRateLimitHits(payload: Payload, olderThanSeconds = 2 * 24 * 60 * 60, now = Date.now()): Promise<number> {
  const { rowCount } = await payload.db.pool.query('DELETE FROM rate_limit_hits WHERE window_start < $1', [
    new Date(now - olderThanSeconds * 1000),
  ])
  return rowCount ?? 0
}
