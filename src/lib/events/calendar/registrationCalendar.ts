import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Registration } from '@/payload-types'
import { editionEntry, sessionEntry } from './entries'
import { calendarText } from './ics'
import { publishedEdition, publishedSessions } from './published'
import type { CalendarEdition } from './types'

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/**
 * The calendar file of a confirmation: the edition as one event and the published sessions the
 * registrant picked, in her language. Read in the transaction of `req` (the registration may not be
 * committed yet). Null when the edition is not published.
 */
export async function registrationCalendar(
  payload: Payload,
  req: PayloadRequest,
  registration: Pick<Registration, 'edition' | 'attendanceMode' | 'sessions'>,
  locale: Locale,
): Promise<{ edition: CalendarEdition; text: string } | null> {
  const edition = await publishedEdition(payload, { id: idOf(registration.edition) }, locale, req)
  if (!edition) return null
  const picked = (registration.sessions ?? []).map(idOf)
  const sessions = picked.length > 0 ? await publishedSessions(payload, edition, locale, { ids: picked }, req) : []
  const entries = [editionEntry(edition, locale, registration.attendanceMode), ...sessions.map((session) => sessionEntry(session, edition, locale))]
  return { edition, text: calendarText({ locale, product: 'event-registration', timeZone: edition.timeZone }, entries) }
}
