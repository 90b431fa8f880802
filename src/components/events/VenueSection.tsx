import type { EventsStrings } from '@/i18n/strings/events/en'
import type { EditionView } from '@/lib/events/view/types'

const osmLink = (latitude: number, longitude: number) =>
  `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`

/** The venue: its name and address, how to get there and in, and (online) how people attend from afar. */
export function VenueSection({ edition, strings }: { edition: EditionView; strings: EventsStrings['edition'] }) {
  const { venue } = edition
  const inPerson = edition.format !== 'online'
  if (!inPerson) {
    return (
      <section aria-labelledby="event-venue-heading">
        <h2 id="event-venue-heading">{strings.where}</h2>
        <p>{strings.online}</p>
      </section>
    )
  }
  if (!venue.name && !venue.address && !venue.access) return null
  return (
    <section aria-labelledby="event-venue-heading" className="event-venue">
      <h2 id="event-venue-heading">{strings.venue}</h2>
      {(venue.name || venue.address) && (
        <address className="event-venue__address">
          {venue.name && <strong>{venue.name}</strong>}
          {venue.address?.split('\n').map((line) => (
            <span key={line}>{line}</span>
          ))}
        </address>
      )}
      {venue.latitude != null && venue.longitude != null && (
        <p>
          <a href={osmLink(venue.latitude, venue.longitude)} rel="noopener noreferrer">
            {strings.map}
          </a>
        </p>
      )}
      {edition.format === 'hybrid' && <p>{strings.online}</p>}
      {venue.access && (
        <>
          <h3>{strings.access}</h3>
          {venue.access.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph} className="event-venue__access">
              {paragraph}
            </p>
          ))}
        </>
      )}
    </section>
  )
}
