import type { Locale } from '@/i18n/locales'

/** The event's public addresses (the agreed routes; register and the .ics files belong to other parts). */
export const eventPaths = {
  list: (locale: Locale) => `/${locale}/events`,
  edition: (locale: Locale, slug: string) => `/${locale}/events/${slug}`,
  programme: (locale: Locale, slug: string) => `/${locale}/events/${slug}/programme`,
  programmeFeed: (locale: Locale, slug: string) => `/${locale}/events/${slug}/programme.ics`,
  session: (locale: Locale, slug: string, session: string) => `/${locale}/events/${slug}/sessions/${session}`,
  sessionCalendar: (locale: Locale, slug: string, session: string) => `/${locale}/events/${slug}/sessions/${session}/calendar.ics`,
  speakers: (locale: Locale, slug: string) => `/${locale}/events/${slug}/speakers`,
  speaker: (locale: Locale, slug: string, speaker: string) => `/${locale}/events/${slug}/speakers/${speaker}`,
  register: (locale: Locale, slug: string) => `/${locale}/events/${slug}/register`,
}

/** A path with the visitor's zone kept, so the next page shows her times too. */
export const withZone = (path: string, tz: string | null): string => (tz ? `${path}?${new URLSearchParams({ tz })}` : path)
