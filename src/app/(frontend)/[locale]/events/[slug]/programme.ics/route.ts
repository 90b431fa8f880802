import { cachedProgrammeCalendar } from '@/lib/events/calendar/cached'
import { calendarLocale, calendarNotFound, isSlug, publicCalendarResponse } from '@/lib/events/calendar/response'

type Context = { params: Promise<{ locale: string; slug: string }> }

/**
 * GET /{locale}/events/{slug}/programme.ics — the published programme as a subscribable calendar
 * (also as webcal://), in the event's time zone; 404 for an unknown or unpublished edition.
 */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const { locale: segment, slug } = await context.params
  const locale = calendarLocale(segment)
  const body = locale && isSlug(slug) ? await cachedProgrammeCalendar(slug, locale) : null
  if (!body) return calendarNotFound(segment)
  return publicCalendarResponse(body, { file: `${slug}-programme` })
}
