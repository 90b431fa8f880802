import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A confirmation link works this long; an alert not confirmed by then is deleted later. */
export const CONFIRM_TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** A confirmation token is random; only its hash is stored, so the database alone cannot confirm anyone. */
export const hashConfirmToken = (token: string): string => createHash('sha256').update(token).digest('base64url')

export function newConfirmToken(now = Date.now()): { token: string; hash: string; expiresAt: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashConfirmToken(token), expiresAt: new Date(now + CONFIRM_TOKEN_LIFETIME_MS).toISOString() }
}

/** Whether a string can be a confirmation token at all (43 base64url characters). */
export const isConfirmTokenShape = (token: string | null | undefined): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)

// A key of its own, derived from PAYLOAD_SECRET, so these links share nothing with other tokens.
function signingKey(): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET must be set to sign funding alert links.')
  return createHmac('sha256', secret).update('gkec:funding-alert-links').digest()
}

const sign = (id: number) => createHmac('sha256', signingKey()).update(`alert:${id}`).digest('base64url')

/**
 * The token of an alert's manage and unsubscribe links: its id and a signature, nothing stored, no
 * expiry (an unsubscribe link must keep working for as long as the emails that carry it).
 */
export const signAlertToken = (alertId: number): string => `${alertId}.${sign(alertId)}`

/** The alert a manage or unsubscribe token names, or null when it is not one we signed. */
export function verifyAlertToken(token: string | null | undefined): number | null {
  if (!token || token.length > 100) return null
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const id = Number(match[1])
  const expected = Buffer.from(sign(id))
  const given = Buffer.from(match[2])
  return id > 0 && given.length === expected.length && timingSafeEqual(given, expected) ? id : null
}
