import { TZDate } from '@date-fns/tz'
import ical, { ICalCalendarMethod } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import type { Locale } from '@/i18n/locales'
import type { CalendarEntry } from './types'

/** The VTIMEZONE block of an IANA zone, or null for a zone the library does not know. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone)
  return Array.isArray(block) ? block[0] : null
}

/** An instant in the event's zone (so a calendar reads "09:30 Brussels" and converts it), else in UTC. */
function zoned(moment: string, zone: string): { date: Date; timezone: string | null } {
  if (zone !== 'UTC' && vtimezone(zone)) return { date: new TZDate(moment, zone), timezone: zone }
  return { date: new Date(moment), timezone: null }
}

export type CalendarHead = {
  locale: Locale
  /** What the calendar holds, e.g. "programme" or "my-sessions" (part of PRODID). */
  product: string
  /** The event's IANA zone: every start and end is written in it, with its VTIMEZONE. */
  timeZone: string
  /** A subscribed calendar's name (X-WR-CALNAME) and description. */
  name?: string
  description?: string
  /** The page the calendar is about, and the feed's own address. */
  url?: string
  source?: string
  /** How often a calendar app should fetch a subscribed feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshSeconds?: number
}

/**
 * An iCalendar document (RFC 5545) of events. DTSTAMP is each entry's last change, so the same data
 * always gives the same text (a cached feed and a fresh one agree).
 */
export function calendarText(head: CalendarHead, entries: CalendarEntry[]): string {
  const calendar = ical({
    prodId: { company: 'GKEC', product: head.product, language: head.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: vtimezone },
    ...(head.name ? { name: head.name } : {}),
    ...(head.description ? { description: head.description } : {}),
    ...(head.url ? { url: head.url } : {}),
    ...(head.source ? { source: head.source } : {}),
    ...(head.refreshSeconds ? { ttl: head.refreshSeconds } : {}),
  })
  for (const entry of entries) {
    const start = zoned(entry.start, head.timeZone)
    calendar.createEvent({
      id: entry.uid,
      start: start.date,
      end: zoned(entry.end, head.timeZone).date,
      timezone: start.timezone,
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      stamp: new Date(entry.updatedAt),
      lastModified: new Date(entry.updatedAt),
    })
  }
  return calendar.toString()
}
