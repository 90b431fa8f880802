import { createHmac, timingSafeEqual } from 'node:crypto'

export { CONFIRM_TOKEN_LIFETIME_MS, hashConfirmToken, isConfirmTokenShape, newConfirmToken } from '@/lib/funding/alerts/tokens'

// A key of its own, derived from PAYLOAD_SECRET, so these links share nothing with other tokens.
function signingKey(): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET must be set to sign newsletter links.')
  return createHmac('sha256', secret).update('gkec:newsletter-links').digest()
}

const sign = (id: number) => createHmac('sha256', signingKey()).update(`subscriber:${id}`).digest('base64url')

/**
 * The token of a subscriber's preference and unsubscribe links: her id and a signature, nothing
 * stored, no expiry (an unsubscribe link must keep working as long as the e-mails that carry it).
 */
export const signSubscriberToken = (subscriberId: number): string => `${subscriberId}.${sign(subscriberId)}`

/** The subscriber a token names, or null when it is not one we signed. */
export function verifySubscriberToken(token: string | null | undefined): number | null {
  if (!token || token.length > 100) return null
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const id = Number(match[1])
  const expected = Buffer.from(sign(id))
  const given = Buffer.from(match[2])
  return id > 0 && given.length === expected.length && timingSafeEqual(given, expected) ? id : null
}
