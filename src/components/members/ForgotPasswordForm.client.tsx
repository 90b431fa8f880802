'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary } from '@/components/submission/ErrorSummary'
import { TextInput } from '@/components/submission/FormFields'
import type { MembersStrings } from '@/i18n/strings/members/en'
import { type EmailOnlyState, hasFormErrors } from '@/lib/community/members/formState'
import { summaryItems } from './useFormErrors'

type Props = { action: (state: EmailOnlyState, form: FormData) => Promise<EmailOnlyState>; locale: string; pageTitle: string; strings: MembersStrings }

const FIELDS = ['email'] as const

export function ForgotPasswordForm({ action, locale, pageTitle, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: { email: '' }, errors: {}, formError: null, attempt: 0 } satisfies EmailOnlyState)
  const summary = useRef<HTMLDivElement>(null)
  const failed = hasFormErrors(state)
  useEffect(() => {
    if (state.attempt > 0 && hasFormErrors(state)) summary.current?.focus()
  }, [state])
  const { fields, common, forgotPassword } = strings
  const error = state.errors.email ? strings.errors[state.errors.email] : undefined
  return (
    <>
      <title>{failed ? `${common.errorTitlePrefix} ${pageTitle}` : pageTitle}</title>
      {failed ? <ErrorSummary ref={summary} title={common.errorSummaryTitle} items={summaryItems(state, FIELDS, strings, () => 'forgot-email')} /> : null}
      <form key={state.attempt} className="submission-form members-form" action={formAction} noValidate aria-busy={pending || undefined}>
        <input type="hidden" name="pageLocale" value={locale} />
        <TextInput
          frame={{ id: 'forgot-email', label: fields.email.label, error, errorPrefix: common.errorTitlePrefix }}
          name="email"
          type="email"
          value={state.values.email}
          autoComplete="email"
          inputMode="email"
        />
        <button className="button" type="submit" disabled={pending}>
          {forgotPassword.submit}
        </button>
      </form>
    </>
  )
}
