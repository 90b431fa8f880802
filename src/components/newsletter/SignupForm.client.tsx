'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary, type ErrorSummaryItem } from '@/components/submission/ErrorSummary'
import { Consent, Honeypot, TextInput } from '@/components/submission/FormFields'
import type { Locale } from '@/i18n/locales'
import type { NewsletterStrings } from '@/i18n/strings/newsletter/en'
import {
  hasSignupFormErrors,
  initialSignupFormState,
  SIGNUP_FIELDS,
  SIGNUP_HONEYPOT,
  type SignupField,
  type SignupFormState,
} from '@/lib/newsletter/subscribers/formState'
import { fill } from '@/lib/submissions/fill'
import { InterestFields, type InterestChoices } from './InterestFields'

type Props = {
  action: (state: SignupFormState, form: FormData) => Promise<SignupFormState>
  /** The page's language: the newsletter's by default, and the one its consent source names. */
  locale: Locale
  /** Unique on the page (a campaign may hold two sign-up blocks). */
  idPrefix: string
  campaignId?: number | null
  preselectedThemes?: string[]
  choices: InterestChoices
  consentVersion: string
  /** On a page of its own the form sets the title (prefixed "Error:" after a refused post). */
  pageTitle?: string
  strings: Pick<NewsletterStrings, 'signup' | 'errors' | 'checkEmail'>
}

/**
 * The sign-up form: a client component only for `useActionState`, which also serves the form without
 * JavaScript (the plain POST runs the action and the page comes back with its answer).
 */
export function SignupForm({ action, locale, idPrefix, campaignId, preselectedThemes = [], choices, consentVersion, pageTitle, strings }: Props) {
  const initial = initialSignupFormState({ language: locale, themes: preselectedThemes, campaign: campaignId ? String(campaignId) : '' })
  const [state, formAction, pending] = useActionState(action, initial)
  const focusTarget = useRef<HTMLDivElement>(null)
  const failed = hasSignupFormErrors(state)

  useEffect(() => {
    if (state.attempt > 0) focusTarget.current?.focus()
  }, [state])

  const { signup, errors, checkEmail } = strings
  const fieldId = (field: SignupField) => `${idPrefix}-${field}`
  const errorOf = (field: SignupField) => (state.errors[field] ? errors[state.errors[field]] : undefined)
  const frame = (field: SignupField, label: string, hint?: string) => ({ id: fieldId(field), label, hint, error: errorOf(field), errorPrefix: signup.errorTitlePrefix })
  const title = pageTitle ? <title>{failed ? `${signup.errorTitlePrefix} ${pageTitle}` : pageTitle}</title> : null

  if (state.accepted) {
    return (
      <div className="newsletter-signup__done" role="status" tabIndex={-1} ref={focusTarget}>
        {title}
        <p className="newsletter-signup__done-title">{checkEmail.title}</p>
        <p>{checkEmail.text}</p>
        <p>{checkEmail.spam}</p>
      </div>
    )
  }

  const items: ErrorSummaryItem[] = []
  if (state.formError?.code === 'rateLimited') items.push({ message: fill(errors.rateLimited, { minutes: state.formError.retryAfterMinutes }) })
  else if (state.formError?.code === 'unexpected') items.push({ message: errors.unexpected })
  for (const field of SIGNUP_FIELDS) {
    const message = errorOf(field)
    if (message) items.push({ message, href: `#${fieldId(field)}` })
  }
  const values = state.values

  return (
    <>
      {title}
      {failed ? <ErrorSummary ref={focusTarget} title={signup.errorSummaryTitle} items={items} /> : null}
      <form key={state.attempt} className="submission-form newsletter-signup__form" action={formAction} noValidate aria-busy={pending || undefined}>
        <input type="hidden" name="pageLocale" value={locale} />
        {values.campaign ? <input type="hidden" name="campaign" value={values.campaign} /> : null}
        <TextInput frame={frame('email', signup.email.label, signup.email.hint)} name="email" type="email" value={values.email} autoComplete="email" inputMode="email" />
        <InterestFields
          choices={choices}
          values={values}
          frames={{ language: frame('language', signup.language.label), themes: frame('themes', signup.themes.label, signup.themes.hint), regions: frame('regions', signup.regions.label, signup.regions.hint) }}
          strings={signup}
        />
        <Honeypot id={`${idPrefix}-${SIGNUP_HONEYPOT}`} name={SIGNUP_HONEYPOT} label={signup.honeypot} />
        <p className="submission-form__privacy">{signup.privacy}</p>
        <Consent frame={{ ...frame('consent', signup.consent.label), hint: fill(signup.consent.version, { version: consentVersion }) }} name="consent" checked={values.consent} />
        <button className="button" type="submit" disabled={pending}>
          {signup.submit}
        </button>
      </form>
    </>
  )
}
