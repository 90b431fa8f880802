import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Locale } from '@/i18n/locales'

type FeedOwner = { id: number; managementTokenHash?: string | null }

const secret = () => {
  const value = process.env.PAYLOAD_SECRET
  if (!value) throw new Error('PAYLOAD_SECRET is not set')
  return value
}

/**
 * The key of a registrant's personal calendar feed. It is derived from the registration's current
 * management link (never stored), so it is read-only — it cannot act on the registration — and a new
 * management link revokes the old feed address with it.
 */
export function personalFeedKey(owner: FeedOwner): string {
  return createHmac('sha256', secret())
    .update(`event-calendar:${owner.id}:${owner.managementTokenHash ?? ''}`)
    .digest('base64url')
}

export function personalFeedKeyMatches(owner: FeedOwner, key: string): boolean {
  if (!owner.managementTokenHash) return false
  const expected = Buffer.from(personalFeedKey(owner))
  const given = Buffer.from(key)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** The path of the personal feed (prefix the site's origin for a subscribable URL). */
export function personalFeedPath(locale: Locale, editionSlug: string, owner: FeedOwner): string {
  const query = new URLSearchParams({ registration: String(owner.id), key: personalFeedKey(owner) })
  return `/${locale}/events/${encodeURIComponent(editionSlug)}/my-sessions.ics?${query.toString()}`
}
