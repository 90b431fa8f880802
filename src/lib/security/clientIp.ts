/**
 * The visitor's address as the reverse proxy reports it: the first hop of X-Forwarded-For, else
 * X-Real-IP. Behind a proxy that does not overwrite these headers a client can choose its own
 * address, so limits keyed on it must not be the only defence.
 */
export function clientIp(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  const ip = forwarded || headers.get('x-real-ip')?.trim() || 'unknown'
  return ip.replace(/^::ffff:/, '').slice(0, 64)
}
