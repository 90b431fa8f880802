import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

/** The Intl locale of each language: British English writes "30 January 2027" and a 24-hour clock. */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', pt: 'pt-PT' }

/** The zone when it is one Intl knows, else UTC (a date stored without a zone is a UTC instant). */
function knownZone(zone: string | null | undefined): string {
  if (!zone) return 'UTC'
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone
  } catch {
    return 'UTC'
  }
}

/** The place an IANA zone is named after: 'Europe/Brussels' → 'Brussels', 'America/Argentina/Buenos_Aires' → 'Buenos Aires'. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ')
}

/**
 * A moment as the funder states it, in the action's own time zone and named so:
 * "30 January 2027, 17:00 (Brussels time)". Visitors elsewhere read the deadline the funder set.
 */
export function formatInZone(iso: string, zone: string | null | undefined, locale: Locale): string {
  const timeZone = knownZone(zone)
  const moment = new Date(iso)
  const date = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(moment)
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(moment)
  return interpolate(getStrings(locale).funding.deadline.at, { date, time, zone: zoneName(timeZone, moment, locale) })
}

/** The zone's name in the language: "Brussels time", "heure d’Europe centrale"; "UTC" for UTC. */
function zoneName(timeZone: string, moment: Date, locale: Locale): string {
  if (timeZone === 'UTC') return 'UTC'
  const strings = getStrings(locale).funding.deadline
  if (strings.zoneStyle === 'generic') {
    const generic = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(moment)
      .find((part) => part.type === 'timeZoneName')?.value
    // Zones without a name of their own come out as an offset ("GMT+03:00"): name them after their city instead.
    if (generic && !/^(GMT|UTC)/.test(generic)) return generic
  }
  return interpolate(strings.zone, { city: zoneCity(timeZone) })
}

/** A calendar day (e.g. when an entry was last verified), in the language's long form. */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso))
}
