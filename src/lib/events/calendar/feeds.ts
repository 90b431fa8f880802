import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { fill } from '@/lib/submissions/fill'
import { editionPageUrl, sessionEntry } from './entries'
import { calendarText } from './ics'
import { personalFeedKeyMatches, personalFeedPath } from './personalFeed'
import { publishedEdition, publishedSessions } from './published'
import { siteUrl } from '@/lib/seo/siteUrl'

/** How often calendar apps are asked to fetch a subscribed feed again. */
const REFRESH_SECONDS = 6 * 60 * 60

/**
 * The whole published programme of a published edition, as a subscribable feed (X-WR-CALNAME,
 * REFRESH-INTERVAL). Null when the edition is not published.
 */
export async function programmeCalendar(payload: Payload, slug: string, locale: Locale): Promise<string | null> {
  const edition = await publishedEdition(payload, slug, locale)
  if (!edition) return null
  const strings = getStrings(locale).eventCalendar
  const sessions = await publishedSessions(payload, edition, locale)
  return calendarText(
    {
      locale,
      product: 'event-programme',
      timeZone: edition.timeZone,
      name: fill(strings.programmeName, { event: edition.title }),
      description: fill(strings.programmeDescription, { event: edition.title, zone: edition.timeZone }),
      url: `${editionPageUrl(locale, edition)}/programme`,
      source: `${editionPageUrl(locale, edition)}/programme.ics`,
      refreshSeconds: REFRESH_SECONDS,
    },
    sessions.map((session) => sessionEntry(session, edition, locale)),
  )
}

/** One published session of a published edition, as a file to add to a calendar. Null otherwise. */
export async function sessionCalendar(payload: Payload, slug: string, sessionSlug: string, locale: Locale): Promise<string | null> {
  const edition = await publishedEdition(payload, slug, locale)
  if (!edition) return null
  const [session] = await publishedSessions(payload, edition, locale, { slug: sessionSlug })
  if (!session) return null
  return calendarText({ locale, product: 'event-session', timeZone: edition.timeZone }, [sessionEntry(session, edition, locale)])
}

/**
 * The sessions a registrant picked (published ones), as her private subscribable feed. Null — and
 * so the same "not found" — for an unknown registration, a wrong or revoked key, another edition's
 * registration, a cancelled or anonymised one, or an edition that is not published.
 */
export async function personalCalendar(payload: Payload, slug: string, registrationId: number, key: string, locale: Locale): Promise<string | null> {
  if (!Number.isSafeInteger(registrationId) || registrationId <= 0) return null
  const registration = await payload.findByID({
    collection: 'registrations',
    id: registrationId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { edition: true, status: true, anonymisedAt: true, managementTokenHash: true, sessions: true },
  })
  if (!registration || !personalFeedKeyMatches(registration, key)) return null
  if (registration.status === 'cancelled' || registration.anonymisedAt) return null
  const edition = await publishedEdition(payload, slug, locale)
  const editionId = typeof registration.edition === 'object' ? registration.edition.id : registration.edition
  if (!edition || edition.id !== editionId) return null
  const picked = (registration.sessions ?? []).map((session) => (typeof session === 'object' ? session.id : session))
  const sessions = await publishedSessions(payload, edition, locale, { ids: picked })
  const strings = getStrings(locale).eventCalendar
  return calendarText(
    {
      locale,
      product: 'event-my-sessions',
      timeZone: edition.timeZone,
      name: fill(strings.personalName, { event: edition.title }),
      description: fill(strings.personalDescription, { event: edition.title }),
      url: editionPageUrl(locale, edition),
      source: `${siteUrl()}${personalFeedPath(locale, edition.slug, { id: registration.id, managementTokenHash: registration.managementTokenHash })}`,
      refreshSeconds: REFRESH_SECONDS,
    },
    sessions.map((session) => sessionEntry(session, edition, locale)),
  )
}
