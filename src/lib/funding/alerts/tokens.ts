import { createHash, randomBytes } from 'node:crypto'

import { signedIdTokens } from '@/lib/security/signedId'

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

// Same key and shape as ever: links in e-mails already sent keep working.
const alertTokens = signedIdTokens({ keyName: 'funding-alert-links', kind: 'alert' })

/** The token of an alert's manage and unsubscribe links: its id and a signature. */
export const signAlertToken = (alertId: number): string => alertTokens.sign(alertId)

/** The alert a manage or unsubscribe token names, or null when it is not one we signed. */
export const verifyAlertToken = (token: string | null | undefined): number | null => alertTokens.verify(token)
