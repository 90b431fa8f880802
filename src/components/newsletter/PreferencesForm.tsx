import { ErrorSummary, type ErrorSummaryItem } from '@/components/submission/ErrorSummary'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { SignupErrorCode } from '@/lib/newsletter/subscribers/formState'
import type { InterestChoices } from '@/lib/newsletter/subscribers/options'
import { unsubscribeFormAction } from '@/lib/newsletter/subscribers/pages'
import type { SubscriberPreferences } from '@/lib/newsletter/subscribers/preferences'
import { fill } from '@/lib/submissions/fill'
import { resubscribeAction, savePreferencesAction } from './actions'
import { InterestFields } from './InterestFields'

type Props = {
  locale: Locale
  token: string
  subscriber: SubscriberPreferences
  choices: InterestChoices
  /** What the last post did, from the address it redirected to. */
  flags: { confirmed?: string; saved?: string; resubscribe?: string; error?: string }
}

const FIELD_ERRORS: Record<string, { field: 'language' | 'themes' | 'regions'; code: SignupErrorCode }> = {
  language: { field: 'language', code: 'languageInvalid' },
  themes: { field: 'themes', code: 'themesInvalid' },
  regions: { field: 'regions', code: 'regionsInvalid' },
}

/** The preference page's body: a notice, the language and interests form, then unsubscribe or subscribe again. */
export function PreferencesForm({ locale, token, subscriber, choices, flags }: Props) {
  const { preferences, signup, errors } = getStrings(locale).newsletter
  const fieldError = flags.error ? FIELD_ERRORS[flags.error] : undefined
  const summary: ErrorSummaryItem[] = fieldError
    ? [{ message: errors[fieldError.code], href: `#preferences-${fieldError.field}` }]
    : flags.error === 'rateLimited'
      ? [{ message: preferences.rateLimited }]
      : []
  const notice =
    subscriber.status === 'confirmed' && flags.confirmed === '1'
      ? preferences.confirmedNotice
      : flags.saved === '1'
        ? preferences.savedNotice
        : subscriber.status === 'pending' && flags.resubscribe === 'sent'
          ? preferences.resubscribeNotice
          : null
  const frame = (field: 'language' | 'themes' | 'regions', label: string, hint?: string) => ({
    id: `preferences-${field}`,
    label,
    hint,
    error: fieldError?.field === field ? errors[fieldError.code] : undefined,
    errorPrefix: signup.errorTitlePrefix,
  })
  const stopped = subscriber.status === 'unsubscribed' || subscriber.status === 'bounced'
  return (
    <div className="container submission newsletter-page">
      {summary.length ? <ErrorSummary title={signup.errorSummaryTitle} items={summary} /> : null}
      {notice ? (
        <p className="submission__notice" role="status">
          {notice}
        </p>
      ) : null}
      <h1>{preferences.title}</h1>
      <p className="submission__lead">{fill(preferences.lead, { email: subscriber.maskedEmail })}</p>
      <p className="newsletter-page__status">{fill(preferences.status, { state: preferences.states[subscriber.status] })}</p>
      {subscriber.status === 'pending' ? <p>{preferences.pendingText}</p> : null}
      <h2>{preferences.interestsHeading}</h2>
      <form className="submission-form" action={savePreferencesAction} noValidate>
        <input type="hidden" name="pageLocale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <InterestFields
          choices={choices}
          values={{ language: subscriber.language, themes: subscriber.themes, regions: subscriber.regions }}
          frames={{ language: frame('language', signup.language.label), themes: frame('themes', signup.themes.label, signup.themes.hint), regions: frame('regions', signup.regions.label, signup.regions.hint) }}
          strings={signup}
        />
        <button className="button" type="submit">
          {preferences.save}
        </button>
      </form>
      {stopped ? (
        <section className="newsletter-page__section" aria-labelledby="resubscribe-heading">
          <h2 id="resubscribe-heading">{preferences.resubscribeHeading}</h2>
          <form action={resubscribeAction}>
            <input type="hidden" name="pageLocale" value={locale} />
            <input type="hidden" name="token" value={token} />
            <p>{preferences.resubscribeText}</p>
            <button className="button" type="submit">
              {preferences.resubscribeButton}
            </button>
          </form>
        </section>
      ) : (
        <section className="newsletter-page__section" aria-labelledby="unsubscribe-heading">
          <h2 id="unsubscribe-heading">{preferences.unsubscribeHeading}</h2>
          <form method="post" action={unsubscribeFormAction(locale, token)}>
            <p>{preferences.unsubscribeText}</p>
            <button className="button button--secondary" type="submit">
              {preferences.unsubscribeButton}
            </button>
          </form>
        </section>
      )}
    </div>
  )
}
