import type { Locale } from '@/i18n/locales'
import { localIso } from '@/lib/events/time'
import { eventPaths } from './paths'
import type { EditionView, RegistrationState } from './types'

type JsonLd = Record<string, unknown>

const ATTENDANCE_MODE = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
} as const

function place(edition: EditionView): JsonLd | null {
  const { venue } = edition
  if (!venue.name && !venue.address) return null
  return {
    '@type': 'Place',
    name: venue.name ?? undefined,
    address: venue.address ? { '@type': 'PostalAddress', streetAddress: venue.address } : undefined,
    geo: venue.latitude != null && venue.longitude != null ? { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude } : undefined,
  }
}

/**
 * schema.org Event for an edition's page. Online attendance is described by a VirtualLocation at
 * the edition's own public page: the streaming link is for registrants only and never appears here
 * (the view it is built from does not carry it).
 */
export function editionJsonLd(
  edition: EditionView,
  args: { origin: string; locale: Locale; siteName: string; description: string | null; state: RegistrationState },
): JsonLd {
  const { origin, locale } = args
  const url = `${origin}${eventPaths.edition(locale, edition.slug)}`
  const locations = [
    edition.format !== 'online' ? place(edition) : null,
    edition.format !== 'in_person' ? { '@type': 'VirtualLocation', url } : null,
  ].filter((location): location is JsonLd => location !== null)
  const bookable = args.state === 'open' || args.state === 'full'
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: edition.title,
    description: args.description ?? undefined,
    inLanguage: locale,
    startDate: localIso(edition.startsAt, edition.timeZone),
    endDate: localIso(edition.endsAt, edition.timeZone),
    eventStatus: edition.stage === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE_MODE[edition.format],
    location: locations.length === 1 ? locations[0] : locations,
    isAccessibleForFree: true,
    organizer: { '@type': 'Organization', name: args.siteName, url: origin },
    offers: bookable
      ? {
          '@type': 'Offer',
          url: `${origin}${eventPaths.register(locale, edition.slug)}`,
          price: 0,
          priceCurrency: 'EUR',
          availability: args.state === 'full' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
          validFrom: edition.registration.opensAt ?? undefined,
        }
      : undefined,
  }
}
