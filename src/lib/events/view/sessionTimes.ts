import type { Locale } from '@/i18n/locales'
import { dayKey, formatDayKey, formatTimeRange, utcOffset, zoneCity } from '@/lib/events/time'

/** A session's time range as read in one zone. */
export type TimeInZone = {
  zone: string
  /** "Brussels (UTC+2)". */
  zoneLabel: string
  /** "09:30–11:00", "22:00–01:00 (+1)". */
  range: string
  /** The day it starts on in this zone (YYYY-MM-DD). */
  day: string
  /** Said only when it differs from the day in the event's zone: "Wednesday 16 June". */
  otherDay: string | null
}

export type SessionTimes = { event: TimeInZone; visitor: TimeInZone | null }

function inZone(startIso: string, endIso: string, zone: string, locale: Locale, eventDay: string | null): TimeInZone {
  const day = dayKey(startIso, zone)
  return {
    zone,
    zoneLabel: zone === 'UTC' ? 'UTC' : `${zoneCity(zone)} (${utcOffset(zone, startIso, locale)})`,
    range: formatTimeRange(startIso, endIso, zone, locale),
    day,
    otherDay: eventDay && day !== eventDay ? formatDayKey(day, locale, { year: false }) : null,
  }
}

/**
 * A session's times in the event's zone and, when the visitor chose another zone, in hers too: the
 * visitor's day is named when the session falls on another day there.
 */
export function sessionTimes(startIso: string, endIso: string, eventZone: string, visitorZone: string | null, locale: Locale): SessionTimes {
  const event = inZone(startIso, endIso, eventZone, locale, null)
  const visitor = visitorZone && visitorZone !== eventZone ? inZone(startIso, endIso, visitorZone, locale, event.day) : null
  return { event, visitor }
}
