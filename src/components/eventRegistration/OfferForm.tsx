import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import { ATTENDANCE_MODES } from '@/lib/events/options'
import type { ManagedRegistration } from '@/lib/events/registration/page/managedRegistration'
import { formatDateTime } from '@/lib/events/time'
import { fill } from '@/lib/submissions/fill'
import { type FormAction, ManageFormFields } from './ManageFormFields'

type Props = { locale: Locale; token: string; registration: ManagedRegistration; action: FormAction; strings: EventRegistrationStrings['manage']['offer'] }

/** A seat offered from the waiting list: until when, and the button that takes it. */
export function OfferForm({ locale, token, registration, action, strings }: Props) {
  if (registration.status !== 'offered' || !registration.offerExpiresAt) return null
  const { edition } = registration
  return (
    <section className="event-registration__action event-registration__action--offer" aria-labelledby="offer-title">
      <h2 id="offer-title">{strings.title}</h2>
      <p>
        {fill(strings.text, {
          mode: ATTENDANCE_MODES[registration.mode][locale].toLowerCase(),
          date: formatDateTime(registration.offerExpiresAt, edition.timeZone, locale),
          zone: edition.timeZone,
        })}
      </p>
      <form action={action}>
        <ManageFormFields locale={locale} editionSlug={edition.slug} token={token} />
        <button className="button" type="submit">
          {strings.button}
        </button>
      </form>
    </section>
  )
}
