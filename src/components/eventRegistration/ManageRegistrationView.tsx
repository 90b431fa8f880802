import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import type { ManagedRegistration } from '@/lib/events/registration/page/managedRegistration'
import type { ManageNoticeState } from '@/lib/events/registration/page/manageLinks'
import { eventPaths } from '@/lib/events/view/paths'
import { fill } from '@/lib/submissions/fill'
import { CancelRegistration } from './CancelRegistration'
import { ChangeModeForm } from './ChangeModeForm'
import type { FormAction } from './ManageFormFields'
import { ManageNoticeBanner } from './ManageNoticeBanner'
import { OfferForm } from './OfferForm'
import { PersonalCalendar } from './PersonalCalendar'
import { RegistrationBreadcrumbs } from './RegistrationBreadcrumbs'
import { RegistrationSummary } from './RegistrationSummary'
import { SessionPicker } from './SessionPicker'

export type ManageActions = { cancel: FormAction; accept: FormAction; changeMode: FormAction; pickSessions: FormAction }

type Props = {
  locale: Locale
  token: string
  registration: ManagedRegistration
  notice: ManageNoticeState | null
  confirmingCancel: boolean
  actions: ManageActions
  strings: EventRegistrationStrings
}

/** A registrant's private page: her registration, then what she can do with it, each action a plain POST form. */
export function ManageRegistrationView({ locale, token, registration, notice, confirmingCancel, actions, strings }: Props) {
  const { manage } = strings
  const { edition } = registration
  return (
    <div className="container submission event-registration">
      <RegistrationBreadcrumbs locale={locale} edition={edition} current={strings.breadcrumb.registration} strings={strings.breadcrumb} />
      <ManageNoticeBanner locale={locale} state={notice} registration={registration} strings={manage.notices} />
      <h1>{fill(manage.title, { event: edition.title })}</h1>
      <RegistrationSummary locale={locale} registration={registration} strings={manage} />
      <OfferForm locale={locale} token={token} registration={registration} action={actions.accept} strings={manage.offer} />
      {registration.streamingUrl ? (
        <section className="event-registration__action" aria-labelledby="streaming-title">
          <h2 id="streaming-title">{manage.streaming}</h2>
          <p>
            {manage.streamingText} <a href={registration.streamingUrl}>{registration.streamingUrl}</a>
          </p>
        </section>
      ) : null}
      <SessionPicker locale={locale} token={token} registration={registration} action={actions.pickSessions} strings={manage.sessions} />
      <PersonalCalendar registration={registration} strings={manage.sessions} />
      <ChangeModeForm locale={locale} token={token} registration={registration} action={actions.changeMode} strings={manage.changeMode} />
      <CancelRegistration locale={locale} token={token} registration={registration} confirming={confirmingCancel} action={actions.cancel} strings={manage.cancel} />
      {registration.status === 'cancelled' ? (
        <p>
          <Link href={eventPaths.register(locale, edition.slug)} prefetch={false}>
            {manage.registerAgain}
          </Link>
        </p>
      ) : null}
    </div>
  )
}
