import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import { ATTENDANCE_MODES } from '@/lib/events/options'
import type { ModeSeats } from '@/lib/events/registration/page/registrationPage'
import { fill } from '@/lib/submissions/fill'

/** Before the form: for each mode the edition offers, whether a newcomer gets a place or joins the waiting list. */
export function SeatsSummary({ locale, modes, strings }: { locale: Locale; modes: ModeSeats[]; strings: EventRegistrationStrings['seats'] }) {
  if (modes.length === 0) return null
  return (
    <section className="event-registration__seats" aria-labelledby="seats-title">
      <h2 id="seats-title">{strings.title}</h2>
      <ul>
        {modes.map(({ mode, available }) => (
          <li key={mode} className={available ? 'event-registration__seat' : 'event-registration__seat event-registration__seat--full'}>
            {fill(available ? strings.available : strings.waitlist, { mode: ATTENDANCE_MODES[mode][locale] })}
          </li>
        ))}
      </ul>
      {modes.length === 1 ? <p>{fill(strings.onlyMode, { mode: ATTENDANCE_MODES[modes[0].mode][locale].toLowerCase() })}</p> : null}
    </section>
  )
}
