import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import type { ManagedRegistration } from '@/lib/events/registration/page/managedRegistration'

/** Her sessions as a calendar to subscribe to (webcal) or download: a private, read-only address. */
export function PersonalCalendar({ registration, strings }: { registration: ManagedRegistration; strings: EventRegistrationStrings['manage']['sessions'] }) {
  if (!registration.calendar) return null
  return (
    <section className="event-registration__action" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{strings.calendarTitle}</h2>
      <p>{strings.calendarText}</p>
      <ul>
        <li>
          <a href={registration.calendar.webcal} rel="nofollow">
            {strings.subscribe}
          </a>
        </li>
        <li>
          <a href={registration.calendar.https} rel="nofollow" type="text/calendar">
            {strings.download}
          </a>
        </li>
      </ul>
      <p className="event-registration__note">{strings.calendarNote}</p>
    </section>
  )
}
