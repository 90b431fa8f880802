import { revalidateTag } from 'next/cache'
import type { PayloadRequest, RequestContext } from 'payload'

import { revalidationToken } from './revalidationToken'

/** Where work done outside a request (jobs, the worker) asks an app instance to revalidate. */
function revalidationEndpoint(): string | null {
  const base = process.env.REVALIDATE_URL || (process.env.NEXT_RUNTIME ? `http://127.0.0.1:${process.env.PORT || 3000}` : null)
  return base ? `${base.replace(/\/$/, '')}/next/revalidate` : null
}

async function requestRevalidation(tags: string[]): Promise<void> {
  const endpoint = revalidationEndpoint()
  if (!endpoint) return
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { Authorization: `Bearer ${revalidationToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tags }),
    })
    if (!response.ok) console.error(`[cache] revalidation refused by ${endpoint}: ${response.status}`)
  } catch (error) {
    console.error(`[cache] revalidation request to ${endpoint} failed: ${error instanceof Error ? error.message : error}`)
  }
}

type Origin = { context?: RequestContext; req?: Pick<PayloadRequest, 'payloadAPI'> }

/**
 * Marks cached public data stale, so that the next visitor gets fresh data (`expire: 0` rather than
 * stale-while-revalidate: a page just unpublished must not be served once more).
 *
 * A change made through the REST or GraphQL API (the admin panel saves through them) runs inside a
 * Next.js request: `revalidateTag` applies. A change made through the Local API may run outside one,
 * e.g. a scheduled publish run by the jobs queue (in the app's process, where `revalidateTag` would
 * silently attach to a finished request, or in `npm run worker`): its tags are posted to this
 * instance's `/next/revalidate` (or REVALIDATE_URL from a worker). Seeds and migrations pass
 * `context.disableRevalidate`.
 */
export function revalidate(tags: string[], { context, req }: Origin = {}): void {
  if (context?.disableRevalidate) return
  const unique = [...new Set(tags)]
  if (req?.payloadAPI === 'local') {
    void requestRevalidation(unique)
    return
  }
  try {
    for (const tag of unique) revalidateTag(tag, { expire: 0 })
  } catch {
    void requestRevalidation(unique)
  }
}
