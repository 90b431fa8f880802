import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import type { ManagedRegistration } from '@/lib/events/registration/page/managedRegistration'
import { managePath } from '@/lib/events/registration/page/manageLinks'
import { type FormAction, ManageFormFields } from './ManageFormFields'

type Props = {
  locale: Locale
  token: string
  registration: ManagedRegistration
  /** The confirmation step: the page opened with ?step=cancel. */
  confirming: boolean
  action: FormAction
  strings: EventRegistrationStrings['manage']['cancel']
}

/**
 * Cancelling takes two steps: a link to the question, then the button that cancels (a POST). Opening
 * the page, or its link, never cancels anything.
 */
export function CancelRegistration({ locale, token, registration, confirming, action, strings }: Props) {
  if (!registration.canCancel) return null
  const slug = registration.edition.slug
  return (
    <section className="event-registration__action event-registration__action--cancel" aria-labelledby="cancel-title" id="cancel">
      {confirming ? (
        <>
          <h2 id="cancel-title">{strings.confirmTitle}</h2>
          <p>{strings.confirmText}</p>
          <form action={action} className="event-registration__buttons">
            <ManageFormFields locale={locale} editionSlug={slug} token={token} />
            <button className="button button--warning" type="submit">
              {strings.confirm}
            </button>
            <Link href={managePath(locale, slug, token)} prefetch={false}>
              {strings.keep}
            </Link>
          </form>
        </>
      ) : (
        <>
          <h2 id="cancel-title">{strings.title}</h2>
          <p>{registration.status === 'waitlisted' ? strings.waitlistText : strings.text}</p>
          <p>
            <Link href={`${managePath(locale, slug, token, { step: 'cancel' })}#cancel`} prefetch={false}>
              {strings.start}
            </Link>
          </p>
        </>
      )}
    </section>
  )
}
