import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import type { EventsStrings } from '@/i18n/strings/events/en'
import { formatDateRange, formatDateTime, utcOffset, zoneCity } from '@/lib/events/time'
import { formatName } from '@/lib/events/view/labels'
import type { EditionView } from '@/lib/events/view/types'

type Props = { edition: EditionView; visitorZone: string | null; locale: Locale; strings: EventsStrings }

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

const zoneLabel = (zone: string, iso: string, locale: Locale) => `${zoneCity(zone)} (${utcOffset(zone, iso, locale)})`

/** When (in the event's zone, and the visitor's alongside), where and in which format. */
export function EditionFacts({ edition, visitorZone, locale, strings }: Props) {
  const { timeZone, startsAt, endsAt } = edition
  const from = (zone: string) => `${formatDateTime(startsAt, zone, locale)} – ${formatDateTime(endsAt, zone, locale)}, ${zoneLabel(zone, startsAt, locale)}`
  const place = [edition.venueName, ...(edition.venue.address?.split('\n') ?? [])].map((line) => line?.trim()).filter(Boolean).join(', ')
  return (
    <dl className="event-facts event-facts--edition">
      <Fact label={strings.edition.when}>
        <strong>
          <time dateTime={startsAt}>{formatDateRange(startsAt, endsAt, timeZone, locale)}</time>
        </strong>
        <span className="event-facts__detail">{from(timeZone)}</span>
        {visitorZone && visitorZone !== timeZone && (
          <span className="event-facts__detail event-time__visitor">
            <span className="event-time__label">{strings.time.yourTime}{strings.time.colon}</span>
            {from(visitorZone)}
          </span>
        )}
      </Fact>
      {edition.format !== 'online' && place && <Fact label={strings.edition.where}>{place}</Fact>}
      <Fact label={strings.edition.format}>{formatName(edition.format, locale)}</Fact>
    </dl>
  )
}
