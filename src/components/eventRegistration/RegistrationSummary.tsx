import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import { ATTENDANCE_MODES, REGISTRATION_STATUSES } from '@/lib/events/options'
import type { ManagedRegistration } from '@/lib/events/registration/page/managedRegistration'
import { formatDateRange, formatDateTime } from '@/lib/events/time'
import { fill } from '@/lib/submissions/fill'

type Props = { locale: Locale; registration: ManagedRegistration; strings: EventRegistrationStrings['manage'] }

/** Her registration at a glance: who, how, its state, her place in line or her offer's deadline (in the event's zone). */
export function RegistrationSummary({ locale, registration, strings }: Props) {
  const { edition } = registration
  const zoned = (iso: string) => fill(strings.zoneNote, { date: formatDateTime(iso, edition.timeZone, locale), zone: edition.timeZone })
  const rows: Array<[string, string]> = [
    [strings.name, registration.name],
    [strings.when, fill(strings.zoneNote, { date: formatDateRange(edition.startsAt, edition.endsAt, edition.timeZone, locale), zone: edition.timeZone })],
    [strings.modeLabel, ATTENDANCE_MODES[registration.mode][locale]],
    [strings.status, REGISTRATION_STATUSES[registration.status][locale]],
  ]
  if (registration.waitlistPosition) rows.push([strings.position, String(registration.waitlistPosition)])
  if (registration.offerExpiresAt) rows.push([strings.offerExpires, zoned(registration.offerExpiresAt)])
  return (
    <section className="submission-status__summary event-registration__summary" aria-labelledby="registration-summary-title">
      <h2 id="registration-summary-title">{strings.summary}</h2>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {registration.status === 'waitlisted' ? (
        <p>{fill(strings.waitlistedText, { mode: ATTENDANCE_MODES[registration.mode][locale].toLowerCase() })}</p>
      ) : null}
      {registration.status === 'cancelled' ? <p>{strings.cancelledText}</p> : null}
      {registration.status === 'checked_in' ? <p>{strings.checkedInText}</p> : null}
    </section>
  )
}
