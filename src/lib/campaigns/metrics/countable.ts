import { isbot } from 'isbot'

/**
 * Whether a request is a person's visit worth counting: not a crawler (by its user agent, read and
 * forgotten) and not a browser's speculative prefetch or prerender, which may never be seen.
 */
export function isCountableVisit(headers: Headers): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''}`.toLowerCase()
  if (/prefetch|prerender|preview/.test(purpose)) return false
  if (headers.get('x-moz')?.toLowerCase() === 'prefetch') return false
  const userAgent = headers.get('user-agent')?.trim()
  // Every browser names itself; a request that does not is a script.
  return Boolean(userAgent) && !isbot(userAgent)
}
