import { personalCalendar } from '@/lib/events/calendar/feeds'
import { calendarLocale, calendarNotFound, isSlug, privateCalendarResponse } from '@/lib/events/calendar/response'
import { getPayloadClient } from '@/lib/payload'

type Context = { params: Promise<{ locale: string; slug: string }> }

export const dynamic = 'force-dynamic'

/**
 * GET /{locale}/events/{slug}/my-sessions.ics?registration=ID&key=K — the sessions a registrant
 * picked, as her private feed. The key is read-only and dies with her management link; anything
 * wrong gives the one "not found", so the address cannot be used to probe registrations.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { locale: segment, slug } = await context.params
  const locale = calendarLocale(segment)
  const query = new URL(request.url).searchParams
  const id = Number(query.get('registration'))
  const key = query.get('key') ?? ''
  const body = locale && key && isSlug(slug) ? await personalCalendar(await getPayloadClient(), slug, id, key, locale) : null
  if (!body) return calendarNotFound(segment, true)
  return privateCalendarResponse(body, `${slug}-my-sessions`)
}
