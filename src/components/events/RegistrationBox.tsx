import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { EventsStrings } from '@/i18n/strings/events/en'
import { formatDateTime, zoneCity } from '@/lib/events/time'
import { modeName } from '@/lib/events/view/labels'
import { eventPaths } from '@/lib/events/view/paths'
import type { EditionView, ModeAvailability, RegistrationState } from '@/lib/events/view/types'

type Props = { edition: EditionView; state: RegistrationState; modes: ModeAvailability[]; locale: Locale; strings: EventsStrings['registration'] }

const STATE_TEXT = { open: 'open', full: 'full', not_yet_open: 'notYetOpen', closed: 'closed', cancelled: 'cancelled' } as const

/** Where registration stands (open, full with a waiting list, not yet open, closed) and the way to register. */
export function RegistrationBox({ edition, state, modes, locale, strings }: Props) {
  const zone = zoneCity(edition.timeZone)
  const { opensAt, closesAt } = edition.registration
  const bookable = state === 'open' || state === 'full'
  return (
    <section className={`event-registration event-registration--${state}`} aria-labelledby="event-registration-heading">
      <h2 id="event-registration-heading">{strings.heading}</h2>
      <p className="event-registration__state">{strings[STATE_TEXT[state]]}</p>
      {state === 'not_yet_open' && opensAt && (
        <p>{interpolate(strings.opensOn, { date: formatDateTime(opensAt, edition.timeZone, locale), zone })}</p>
      )}
      {bookable && (
        <>
          {modes.length > 1 && (
            <ul className="event-registration__modes">
              {modes.map((mode) => (
                <li key={mode.mode}>{interpolate(mode.full ? strings.modeFull : strings.modeOpen, { mode: modeName(mode.mode, locale) })}</li>
              ))}
            </ul>
          )}
          {closesAt && <p>{interpolate(strings.closesOn, { date: formatDateTime(closesAt, edition.timeZone, locale), zone })}</p>}
          <p>
            <a className="button" href={eventPaths.register(locale, edition.slug)}>
              {state === 'full' ? strings.joinWaitlist : strings.register}
            </a>
          </p>
        </>
      )}
    </section>
  )
}
