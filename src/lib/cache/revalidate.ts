import { revalidateTag } from 'next/cache'
import type { RequestContext } from 'payload'

/**
 * Marks cached public data stale. Seeds and migrations pass `context.disableRevalidate`; outside a
 * Next.js server (the jobs worker, scripts, tests) there is no cache in this process to mark, and
 * Next.js says so by throwing, which we ignore.
 *
 * The entries expire at once (`expire: 0`) rather than stale-while-revalidate ('max'): with 'max'
 * the first visitor after a change still gets the old version, so a page just unpublished would be
 * served once more (and could be kept by a shared cache), and a page just published would still be
 * a 404.
 */
export function revalidate(tags: string[], context?: RequestContext): void {
  if (context?.disableRevalidate) return
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      return
    }
  }
}
