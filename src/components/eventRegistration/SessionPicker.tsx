import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import type { ManagedRegistration, SessionChoice } from '@/lib/events/registration/page/managedRegistration'
import { dayKey, formatDayKey, formatTimeRange } from '@/lib/events/time'
import { fill } from '@/lib/submissions/fill'
import { type FormAction, ManageFormFields } from './ManageFormFields'

type Props = { locale: Locale; token: string; registration: ManagedRegistration; action: FormAction; strings: EventRegistrationStrings['manage']['sessions'] }

/** The programme's sessions by day (in the event's zone), as checkboxes; a full session she has not chosen cannot be. */
export function SessionPicker({ locale, token, registration, action, strings }: Props) {
  if (!registration.canPickSessions) return null
  const { edition } = registration
  const days = new Map<string, SessionChoice[]>()
  for (const session of registration.sessions) {
    const key = dayKey(session.startsAt, edition.timeZone)
    days.set(key, [...(days.get(key) ?? []), session])
  }
  return (
    <section className="event-registration__action" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{strings.title}</h2>
      {registration.sessions.length === 0 ? (
        <p>{strings.none}</p>
      ) : (
        <form action={action} className="submission-form">
          <ManageFormFields locale={locale} editionSlug={edition.slug} token={token} />
          <p>{strings.text}</p>
          {[...days].map(([day, sessions]) => (
            <fieldset className="field event-registration__day" key={day}>
              <legend className="field__label">{formatDayKey(day, locale)}</legend>
              <ul className="checkboxes">
                {sessions.map((session) => {
                  const id = `session-${session.id}`
                  const full = !session.picked && session.seatsLeft === 0
                  const seats = session.seatsLeft === null ? null : full ? strings.full : fill(strings.seatsLeft, { count: session.seatsLeft })
                  const details = [session.room ? fill(strings.room, { room: session.room }) : null, seats].filter(Boolean).join(' · ')
                  return (
                    <li className="checkbox event-registration__session" key={session.id}>
                      <input id={id} name="sessions" type="checkbox" value={session.id} defaultChecked={session.picked} disabled={full} aria-describedby={details ? `${id}-details` : undefined} />
                      <label htmlFor={id}>
                        <span className="event-registration__time">{formatTimeRange(session.startsAt, session.endsAt, edition.timeZone, locale)}</span>{' '}
                        {session.title}
                      </label>
                      {details ? (
                        <p className="event-registration__session-details" id={`${id}-details`}>
                          {details}
                        </p>
                      ) : null}
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          ))}
          <button className="button" type="submit">
            {strings.button}
          </button>
        </form>
      )}
    </section>
  )
}
