import { createHmac, timingSafeEqual } from 'node:crypto'

/** What an unsubscribe link stops: every community email of the member, or one follow of hers. */
export type UnsubscribeScope = { member: number; thread?: number; space?: number }

// A key of its own, derived from PAYLOAD_SECRET, so these links share nothing with other tokens.
function signingKey(): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET must be set to sign community unsubscribe links.')
  return createHmac('sha256', secret).update('gkec:community-unsubscribe-links').digest()
}

const subject = ({ member, thread, space }: UnsubscribeScope): string =>
  thread ? `${member}.t${thread}` : space ? `${member}.s${space}` : `${member}`

const sign = (text: string) => createHmac('sha256', signingKey()).update(`community-unsubscribe:${text}`).digest('base64url')

/**
 * The token of a community email's unsubscribe link: whom (and which follow) it names and a
 * signature; nothing stored, no expiry (it must work for as long as the emails that carry it), no
 * account or sign-in needed.
 */
export function signUnsubscribeToken(scope: UnsubscribeScope): string {
  const text = subject(scope)
  return `${text}.${sign(text)}`
}

const SHAPE = /^(\d{1,12})(?:\.([ts])(\d{1,12}))?\.([A-Za-z0-9_-]{43})$/

/** The scope a token names, or null when it is not one we signed. */
export function verifyUnsubscribeToken(token: string | null | undefined): UnsubscribeScope | null {
  if (!token || token.length > 120) return null
  const match = SHAPE.exec(token)
  if (!match) return null
  const member = Number(match[1])
  const target = match[3] ? Number(match[3]) : undefined
  const scope: UnsubscribeScope = match[2] === 't' ? { member, thread: target } : match[2] === 's' ? { member, space: target } : { member }
  const expected = Buffer.from(sign(subject(scope)))
  const given = Buffer.from(match[4])
  if (member <= 0 || (target !== undefined && target <= 0)) return null
  return given.length === expected.length && timingSafeEqual(given, expected) ? scope : null
}
