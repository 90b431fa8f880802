'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary, type ErrorSummaryItem } from '@/components/submission/ErrorSummary'
import { Consent, Honeypot, TextInput } from '@/components/submission/FormFields'
import type { Locale } from '@/i18n/locales'
import type { FundingAlertsStrings } from '@/i18n/strings/fundingAlerts/en'
import { ALERT_FIELDS, ALERT_HONEYPOT, type AlertField, type AlertFormState, hasAlertFormErrors, initialAlertFormState } from '@/lib/funding/alerts/alertFormState'

type Props = {
  action: (state: AlertFormState, form: FormData) => Promise<AlertFormState>
  locale: Locale
  query: string
  pageTitle: string
  strings: Pick<FundingAlertsStrings, 'subscribe' | 'errors'>
}

const fieldId = (field: AlertField) => `alert-${field}`

/**
 * The alert form: a client component only for `useActionState`, which also serves the form without
 * JavaScript (the plain POST runs the action and the page comes back with the errors). The search
 * travels as a hidden field; the server reads it again as it reads an address.
 */
export function AlertForm({ action, locale, query, pageTitle, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, initialAlertFormState(query))
  const summary = useRef<HTMLDivElement>(null)
  const failed = hasAlertFormErrors(state)

  useEffect(() => {
    if (state.attempt > 0 && hasAlertFormErrors(state)) summary.current?.focus()
  }, [state])

  const { subscribe, errors } = strings
  const errorOf = (field: AlertField) => (state.errors[field] ? errors[state.errors[field]] : undefined)
  const items: ErrorSummaryItem[] = []
  if (state.formError?.code === 'rateLimited') items.push({ message: errors.rateLimited.replace('{{minutes}}', String(state.formError.retryAfterMinutes)) })
  else if (state.formError?.code === 'unexpected') items.push({ message: errors.unexpected })
  for (const field of ALERT_FIELDS) {
    const message = errorOf(field)
    if (message) items.push({ message, href: `#${fieldId(field)}` })
  }

  return (
    <>
      <title>{failed ? `${subscribe.errorTitlePrefix} ${pageTitle}` : pageTitle}</title>
      {failed ? <ErrorSummary ref={summary} title={subscribe.errorSummaryTitle} items={items} /> : null}
      <form key={state.attempt} className="submission-form" action={formAction} noValidate aria-busy={pending || undefined}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="query" value={state.values.query} />
        <TextInput
          frame={{ id: fieldId('email'), label: subscribe.email.label, hint: subscribe.email.hint, error: errorOf('email'), errorPrefix: subscribe.errorTitlePrefix }}
          name="email"
          type="email"
          value={state.values.email}
          autoComplete="email"
          inputMode="email"
        />
        <Honeypot id="alert-website" name={ALERT_HONEYPOT} label={subscribe.honeypot} />
        <p className="submission-form__privacy">{subscribe.privacy}</p>
        <Consent
          frame={{ id: fieldId('consent'), label: subscribe.consent.label, error: errorOf('consent'), errorPrefix: subscribe.errorTitlePrefix }}
          name="consent"
          checked={state.values.consent}
        />
        <button className="button" type="submit" disabled={pending}>
          {subscribe.submit}
        </button>
      </form>
    </>
  )
}
