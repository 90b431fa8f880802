import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import { fill } from '@/lib/submissions/fill'

/**
 * The privacy notice of the event's registration, on the form's own page (the consent box links to
 * it): the site has no general privacy page yet, and what applies here depends on the edition.
 */
export function PrivacyNotice({ strings, purgeAfterDays }: { strings: EventRegistrationStrings['privacyNotice']; purgeAfterDays: number }) {
  return (
    <section className="event-registration__privacy" id="privacy-notice" aria-labelledby="privacy-notice-title">
      <h2 id="privacy-notice-title">{strings.title}</h2>
      <p>{strings.who}</p>
      <p>{strings.what}</p>
      <p>{strings.why}</p>
      <p>{strings.whoSees}</p>
      <p>{fill(strings.howLong, { days: purgeAfterDays })}</p>
      <p>{strings.rights}</p>
    </section>
  )
}
