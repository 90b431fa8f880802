/**
 * Whether a POST to a route handler comes from a page of this site (server actions get this check
 * from Next.js; route handlers do not). The browser's Origin must name the host the request reached.
 */
export function sameOriginPost(headers: Pick<Headers, 'get'>): boolean {
  const fetchSite = headers.get('sec-fetch-site')
  if (fetchSite && fetchSite !== 'same-origin') return false
  const origin = headers.get('origin')
  if (!origin || origin === 'null') return false
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host')
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
