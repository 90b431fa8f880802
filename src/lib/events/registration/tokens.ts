import { createHash, randomBytes } from 'node:crypto'

/** A management link's secret: random, shown once (in the e-mail), stored only as its hash, revocable by replacing the hash. */
export function newManagementToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

// Crockford's base32 without look-alikes: easy to read out and to type at the door.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** The code in a registrant's QR code: 10 characters (50 random bits), unique per registration. */
export function newCheckInCode(): string {
  return [...randomBytes(10)].map((byte) => ALPHABET[byte % 32]).join('')
}
