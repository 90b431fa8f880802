'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary } from '@/components/submission/ErrorSummary'
import type { MembersStrings } from '@/i18n/strings/members/en'
import { hasFormErrors, type ResetPasswordState } from '@/lib/community/members/formState'
import { PasswordInput } from './PasswordInput'
import { summaryItems } from './useFormErrors'

type Props = {
  action: (state: ResetPasswordState, form: FormData) => Promise<ResetPasswordState>
  locale: string
  token: string
  pageTitle: string
  strings: MembersStrings
}

const FIELDS = ['password', 'confirm'] as const
const fieldId = (field: (typeof FIELDS)[number]) => `reset-${field}`

export function ResetPasswordForm({ action, locale, token, pageTitle, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: { token }, errors: {}, formError: null, attempt: 0 } satisfies ResetPasswordState)
  const summary = useRef<HTMLDivElement>(null)
  const failed = hasFormErrors(state)
  useEffect(() => {
    if (state.attempt > 0 && hasFormErrors(state)) summary.current?.focus()
  }, [state])
  const { fields, common, resetPassword } = strings
  const errorOf = (field: (typeof FIELDS)[number]) => (state.errors[field] ? strings.errors[state.errors[field]] : undefined)
  return (
    <>
      <title>{failed ? `${common.errorTitlePrefix} ${pageTitle}` : pageTitle}</title>
      {failed ? <ErrorSummary ref={summary} title={common.errorSummaryTitle} items={summaryItems(state, FIELDS, strings, fieldId)} /> : null}
      {state.formError?.code === 'resetTokenInvalid' ? (
        <p>
          <a href={`/${locale}/community/forgot-password`}>{resetPassword.requestNew}</a>
        </p>
      ) : null}
      <form key={state.attempt} className="submission-form members-form" action={formAction} noValidate aria-busy={pending || undefined}>
        <input type="hidden" name="pageLocale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <PasswordInput
          frame={{ id: fieldId('password'), label: fields.newPassword.label, hint: fields.newPassword.hint, error: errorOf('password'), errorPrefix: common.errorTitlePrefix }}
          name="password"
          autoComplete="new-password"
        />
        <PasswordInput
          frame={{ id: fieldId('confirm'), label: fields.confirmPassword.label, error: errorOf('confirm'), errorPrefix: common.errorTitlePrefix }}
          name="confirm"
          autoComplete="new-password"
        />
        <button className="button" type="submit" disabled={pending}>
          {resetPassword.submit}
        </button>
      </form>
    </>
  )
}
