import { cachedSessionCalendar } from '@/lib/events/calendar/cached'
import { calendarLocale, calendarNotFound, isSlug, publicCalendarResponse } from '@/lib/events/calendar/response'

type Context = { params: Promise<{ locale: string; slug: string; session: string }> }

/** GET /{locale}/events/{slug}/sessions/{session}/calendar.ics — one published session, to add to a calendar. */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const { locale: segment, slug, session } = await context.params
  const locale = calendarLocale(segment)
  const body = locale && isSlug(slug) && isSlug(session) ? await cachedSessionCalendar(slug, session, locale) : null
  if (!body) return calendarNotFound(segment)
  return publicCalendarResponse(body, { file: session, download: true })
}
