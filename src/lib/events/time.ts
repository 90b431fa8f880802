import { TZDate } from '@date-fns/tz'

import type { Locale } from '@/i18n/locales'
import { currentZoneName, RENAMED } from './zoneNames'

/** The Intl locale of each language: British English writes "15 June 2027" and a 24-hour clock. */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', pt: 'pt-PT' }

/** Every zone a visitor can pick: UTC and the IANA zones this runtime knows, by their current names. */
const ZONES: readonly string[] = ['UTC', ...[...new Set(Intl.supportedValuesOf('timeZone').map(currentZoneName))].sort()]
const ZONE_SET = new Set([...ZONES, ...Object.keys(RENAMED)])

/** True for an IANA time zone a visitor may pick ('Europe/Brussels', 'Asia/Kolkata' or 'Asia/Calcutta', 'UTC'); false for anything else. */
export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && ZONE_SET.has(value)
}

/** A zone by its current IANA name ('Asia/Calcutta' → 'Asia/Kolkata'), so one zone has one address. */
export function canonicalZone(zone: string): string {
  return currentZoneName(zone)
}

/** The zone when it is one we know, else UTC (a stored instant without a zone is UTC). */
export function knownZone(zone: string | null | undefined): string {
  return isTimeZone(zone) ? zone : 'UTC'
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD: 23:30 UTC on 15 June is 16 June in Tokyo. */
export function dayKey(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: knownZone(zone), year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso))
}

/** True for a YYYY-MM-DD day that exists in the calendar. */
export function isDayKey(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T12:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** A day (YYYY-MM-DD) in words: "Tuesday 15 June 2027", "mardi 15 juin 2027". */
export function formatDayKey(key: string, locale: Locale, options: { weekday?: boolean; year?: boolean } = {}): string {
  const { weekday = true, year = true } = options
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: 'UTC',
    weekday: weekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: year ? 'numeric' : undefined,
  }).format(new Date(`${key}T12:00:00Z`))
}

const clock = (zone: string, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: knownZone(zone), hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** The time of day of an instant in a zone: "09:30". */
export function formatTime(iso: string, zone: string, locale: Locale): string {
  return clock(zone, locale).format(new Date(iso))
}

/** "09:30–11:00" in the zone; an end on a later day than the start says so: "22:00–01:00 (+1)". */
export function formatTimeRange(startIso: string, endIso: string, zone: string, locale: Locale): string {
  const range = `${formatTime(startIso, zone, locale)}–${formatTime(endIso, zone, locale)}`
  const days = dayDifference(dayKey(startIso, zone), dayKey(endIso, zone))
  return days > 0 ? `${range} (+${days})` : range
}

function dayDifference(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** The days an edition spans, in its zone: "15–16 June 2027", "15–16 juin 2027". */
export function formatDateRange(startIso: string, endIso: string, zone: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: knownZone(zone), day: 'numeric', month: 'long', year: 'numeric' })
  return format.formatRange(new Date(startIso), new Date(endIso))
}

/** A moment with its date, in a zone: "15 June 2027, 09:30" (for registration opening and closing). */
export function formatDateTime(iso: string, zone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: knownZone(zone),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))
}

/** The zone's offset from UTC at a moment, as the language writes it: "UTC+2", "UTC−3:30", "UTC". */
export function utcOffset(zone: string, iso: string, locale: Locale): string {
  const offset = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: knownZone(zone), timeZoneName: 'shortOffset' })
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value
  return (offset ?? 'GMT').replace(/^GMT/, 'UTC')
}

/** The place a zone is named after: 'Europe/Brussels' → 'Brussels', 'America/Argentina/Buenos_Aires' → 'Buenos Aires'. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ')
}

/** An instant as local time with the zone's offset, as schema.org wants dates: "2027-06-15T09:00:00+02:00". */
export function localIso(iso: string, zone: string): string {
  return new TZDate(new Date(iso), knownZone(zone)).toISOString().replace(/\.000(?=[+-]|Z)/, '')
}

export type ZoneGroup = { label: string; zones: Array<{ value: string; label: string }> }

/**
 * The zones a visitor can pick, grouped by area ("Europe", "America") and labelled with their
 * city and their offset at `iso` (the event's start), e.g. "Brussels (UTC+2)".
 */
export function zoneOptions(iso: string, locale: Locale): ZoneGroup[] {
  const groups = new Map<string, ZoneGroup>()
  for (const zone of ZONES) {
    const area = zone.includes('/') ? zone.split('/')[0] : 'UTC'
    const group = groups.get(area) ?? { label: area, zones: [] }
    const city = zone.split('/').slice(1).join(' / ').replace(/_/g, ' ') || zone
    group.zones.push({ value: zone, label: zone === 'UTC' ? 'UTC' : `${city} (${utcOffset(zone, iso, locale)})` })
    groups.set(area, group)
  }
  return [...groups.values()]
}

/**
 * The zone a visitor asked for (GET parameter `tz`) by its current name, or null when it is not a
 * zone we know or is the event's own (the page shows that one anyway).
 */
export function visitorZoneParam(value: string | string[] | undefined, eventZone: string): string | null {
  const zone = Array.isArray(value) ? value[0] : value
  if (!isTimeZone(zone)) return null
  const canonical = canonicalZone(zone)
  return canonical === canonicalZone(eventZone) ? null : canonical
}
