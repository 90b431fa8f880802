import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Tokens that name one record by its id, signed with a key of their own derived from PAYLOAD_SECRET
 * (`keyName` keeps each kind of link apart: a token of one kind is worthless as another; `kind`
 * prefixes the signed id). Nothing is stored and nothing expires: an unsubscribe or manage link must
 * work as long as the e-mails that carry it.
 */
export function signedIdTokens({ keyName, kind }: { keyName: string; kind: string }) {
  const key = (): Buffer => {
    const secret = process.env.PAYLOAD_SECRET
    if (!secret) throw new Error(`PAYLOAD_SECRET must be set to sign ${keyName}.`)
    return createHmac('sha256', secret).update(`gkec:${keyName}`).digest()
  }
  const signature = (id: number) => createHmac('sha256', key()).update(`${kind}:${id}`).digest('base64url')

  return {
    sign: (id: number): string => `${id}.${signature(id)}`,
    /** The id a token names, or null when it is not one we signed. */
    verify(token: string | null | undefined): number | null {
      if (!token || token.length > 100) return null
      const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
      if (!match) return null
      const id = Number(match[1])
      const expected = Buffer.from(signature(id))
      const given = Buffer.from(match[2])
      return id > 0 && given.length === expected.length && timingSafeEqual(given, expected) ? id : null
    },
  }
}
