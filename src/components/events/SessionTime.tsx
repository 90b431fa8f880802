import type { Locale } from '@/i18n/locales'
import type { EventsStrings } from '@/i18n/strings/events/en'
import { sessionTimes } from '@/lib/events/view/sessionTimes'

type Props = {
  startsAt: string
  endsAt: string
  eventZone: string
  visitorZone: string | null
  locale: Locale
  strings: EventsStrings['time']
  /** Prefix the event's time with its day (on a session's own page). */
  day?: string | null
}

/** A session's time in the event's zone and, when the visitor chose one, in hers alongside. */
export function SessionTime({ startsAt, endsAt, eventZone, visitorZone, locale, strings, day }: Props) {
  const times = sessionTimes(startsAt, endsAt, eventZone, visitorZone, locale)
  return (
    <p className="event-time">
      <span className="event-time__event">
        {times.visitor && <span className="event-time__label">{strings.eventTime}{strings.colon}</span>}
        {day && <>{day}, </>}
        <time dateTime={startsAt}>{times.event.range}</time> <span className="event-time__zone">{times.event.zoneLabel}</span>
      </span>
      {times.visitor && (
        <span className="event-time__visitor">
          <span className="event-time__label">{strings.yourTime}{strings.colon}</span>
          {times.visitor.otherDay && <>{times.visitor.otherDay}, </>}
          {times.visitor.range} <span className="event-time__zone">{times.visitor.zoneLabel}</span>
        </span>
      )}
    </p>
  )
}
