import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

/** A filename safe in a Content-Disposition header: the slug's own characters only. */
const fileName = (base: string) => `${base.replace(/[^a-z0-9-]+/gi, '-').slice(0, 80) || 'calendar'}.ics`

type Disposition = { file: string; download?: boolean }

/** Public calendar data: a shared cache may keep it 15 minutes; search engines leave it out. */
export function publicCalendarResponse(body: string, { file, download = false }: Disposition): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename="${fileName(file)}"`,
      'Cache-Control': 'public, max-age=900, stale-while-revalidate=3600',
      'Access-Control-Allow-Origin': '*',
      'X-Robots-Tag': 'noindex',
    },
  })
}

/** A registrant's own feed: never stored by a shared cache, never sent on as a referrer. */
export function privateCalendarResponse(body: string, file: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${fileName(file)}"`,
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  })
}

/** One answer for everything not found — an unknown edition, a draft, a wrong key — so it tells nothing. */
export function calendarNotFound(locale: string, privateFeed = false): Response {
  const strings = getStrings(isLocale(locale) ? locale : defaultLocale).eventCalendar
  return new Response(strings.notFound, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': privateFeed ? 'private, no-store' : 'public, max-age=60' },
  })
}

export const calendarLocale = (value: string): Locale | null => (isLocale(value) ? value : null)

/** A slug as the slug field stores it; anything else is not looked up (nor cached as "not found"). */
export const isSlug = (value: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 80
