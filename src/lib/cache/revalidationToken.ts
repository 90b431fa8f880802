import { createHmac, timingSafeEqual } from 'node:crypto'

/** The bearer token of `/next/revalidate`, derived from PAYLOAD_SECRET so every instance shares it. */
export function revalidationToken(secret = process.env.PAYLOAD_SECRET ?? ''): string {
  return createHmac('sha256', secret).update('gkec:revalidate').digest('hex')
}

export function isRevalidationToken(candidate: string | null | undefined): boolean {
  if (!candidate || !process.env.PAYLOAD_SECRET) return false
  const expected = Buffer.from(revalidationToken())
  const given = Buffer.from(candidate)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
