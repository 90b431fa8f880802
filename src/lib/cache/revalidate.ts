import { revalidateTag } from 'next/cache'
import type { RequestContext } from 'payload'

/**
 * Marks cached public data stale. Seeds and migrations pass `context.disableRevalidate`; outside a
 * Next.js server (the jobs worker, scripts, tests) there is no cache in this process to mark, and
 * Next.js says so by throwing, which we ignore.
 */
export function revalidate(tags: string[], context?: RequestContext): void {
  if (context?.disableRevalidate) return
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, 'max')
    } catch {
      return
    }
  }
}
