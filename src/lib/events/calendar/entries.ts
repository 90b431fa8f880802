import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { siteUrl } from '@/lib/seo/siteUrl'
import { fill } from '@/lib/submissions/fill'
import type { CalendarEdition, CalendarEntry, CalendarSession } from './types'

const host = () => new URL(siteUrl()).host

export const editionPageUrl = (locale: Locale, edition: Pick<CalendarEdition, 'slug'>) => `${siteUrl()}/${locale}/events/${encodeURIComponent(edition.slug)}`

export const sessionPageUrl = (locale: Locale, edition: Pick<CalendarEdition, 'slug'>, session: Pick<CalendarSession, 'slug'>) =>
  `${editionPageUrl(locale, edition)}/sessions/${encodeURIComponent(session.slug)}`

/** The venue in one line ("Square, Mont des Arts, 1000 Brussels"), or "Online" for an online-only edition. */
function venueLine(edition: CalendarEdition, locale: Locale): string | null {
  if (edition.format === 'online') return getStrings(locale).eventCalendar.online
  const parts = [edition.venue.name, edition.venue.address?.replace(/\s*\n\s*/g, ', ')].filter((part): part is string => Boolean(part?.trim()))
  return parts.length ? parts.join(', ') : null
}

const paragraphs = (...blocks: Array<string | null | false>) => blocks.filter((block): block is string => Boolean(block)).join('\n\n')

/** A session as a VEVENT: the same UID in every feed and file, so calendars update it in place. */
export function sessionEntry(session: CalendarSession, edition: CalendarEdition, locale: Locale): CalendarEntry {
  const strings = getStrings(locale).eventCalendar
  const url = sessionPageUrl(locale, edition, session)
  return {
    uid: `session-${session.id}@${host()}`,
    start: session.startsAt,
    end: session.endsAt,
    summary: session.title,
    description: paragraphs(
      session.description,
      session.speakers.length > 0 && fill(strings.speakers, { names: session.speakers.join(', ') }),
      session.moderators.length > 0 && fill(strings.moderators, { names: session.moderators.join(', ') }),
      fill(strings.sessionPage, { url }),
    ),
    location: [session.room, venueLine(edition, locale)].filter(Boolean).join(', ') || null,
    url,
    updatedAt: session.updatedAt,
  }
}

/**
 * The edition as one VEVENT (the confirmation's attachment). An online attendee's event is "Online";
 * the streaming link is never written into a calendar (calendars are shared and synced).
 */
export function editionEntry(edition: CalendarEdition, locale: Locale, mode: 'in_person' | 'online'): CalendarEntry {
  const strings = getStrings(locale).eventCalendar
  const url = editionPageUrl(locale, edition)
  return {
    uid: `edition-${edition.id}@${host()}`,
    start: edition.startsAt,
    end: edition.endsAt,
    summary: edition.title,
    description: paragraphs(edition.theme, fill(strings.registrationDescription, { event: edition.title }), fill(strings.eventPage, { url })),
    location: mode === 'online' ? strings.online : venueLine(edition, locale),
    url,
    updatedAt: edition.updatedAt,
  }
}
