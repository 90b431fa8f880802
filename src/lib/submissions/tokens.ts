import { createHmac, timingSafeEqual } from 'node:crypto'

/** What a link may do: confirm the email address (expires) or show the status page (does not). */
export type TokenPurpose = 'confirm' | 'status'

export const CONFIRM_TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

type Claims = { p: number; u: TokenPurpose; e?: number }

export type TokenCheck =
  | { valid: true; practiceId: number }
  | { valid: false; reason: 'invalid' | 'expired' }

// A key of its own, derived from PAYLOAD_SECRET, so these links share nothing with other tokens.
function signingKey(): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET must be set to sign submission links.')
  return createHmac('sha256', secret).update('gkec:practice-submission-links').digest()
}

const sign = (body: string) => createHmac('sha256', signingKey()).update(body).digest('base64url')

/** A link token for one practice: base64url(claims).signature, with no storage needed. */
export function signSubmissionToken(practiceId: number, purpose: TokenPurpose, now = Date.now()): string {
  const claims: Claims = { p: practiceId, u: purpose, ...(purpose === 'confirm' ? { e: now + CONFIRM_TOKEN_LIFETIME_MS } : {}) }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${sign(body)}`
}

function parseClaims(body: string): Claims | null {
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Claims>
    if (!Number.isSafeInteger(claims.p) || (claims.p as number) < 1) return null
    if (claims.u !== 'confirm' && claims.u !== 'status') return null
    if (claims.e !== undefined && !Number.isSafeInteger(claims.e)) return null
    return claims as Claims
  } catch {
    return null
  }
}

/** Checks the signature, the purpose and (for confirmation links) the expiry. */
export function verifySubmissionToken(token: string | null | undefined, purpose: TokenPurpose, now = Date.now()): TokenCheck {
  if (!token || token.length > 300) return { valid: false, reason: 'invalid' }
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return { valid: false, reason: 'invalid' }
  const expected = Buffer.from(sign(body))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'invalid' }
  const claims = parseClaims(body)
  if (!claims || claims.u !== purpose) return { valid: false, reason: 'invalid' }
  if (purpose === 'confirm' && (claims.e === undefined || claims.e < now)) return { valid: false, reason: 'expired' }
  return { valid: true, practiceId: claims.p }
}
