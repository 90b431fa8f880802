'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary } from '@/components/submission/ErrorSummary'
import { TextInput } from '@/components/submission/FormFields'
import type { MembersStrings } from '@/i18n/strings/members/en'
import { hasFormErrors, type SignInState } from '@/lib/community/members/formState'
import { PasswordInput } from './PasswordInput'
import { summaryItems } from './useFormErrors'

type Props = {
  action: (state: SignInState, form: FormData) => Promise<SignInState>
  resendAction: (form: FormData) => Promise<void>
  locale: string
  next: string
  pageTitle: string
  strings: MembersStrings
}

const FIELDS = ['email', 'password'] as const
const fieldId = (field: (typeof FIELDS)[number]) => `sign-in-${field}`

/** The sign-in form; an unverified account is offered a new confirmation link right below the message. */
export function SignInForm({ action, resendAction, locale, next, pageTitle, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: { email: '', next }, errors: {}, formError: null, attempt: 0 } satisfies SignInState)
  const summary = useRef<HTMLDivElement>(null)
  const failed = hasFormErrors(state)
  useEffect(() => {
    if (state.attempt > 0 && hasFormErrors(state)) summary.current?.focus()
  }, [state])
  const { fields, common, signIn } = strings
  const errorOf = (field: (typeof FIELDS)[number]) => (state.errors[field] ? strings.errors[state.errors[field]] : undefined)
  const unverified = state.formError?.code === 'unverified' ? state.formError.email : null

  return (
    <>
      <title>{failed ? `${common.errorTitlePrefix} ${pageTitle}` : pageTitle}</title>
      {failed ? <ErrorSummary ref={summary} title={common.errorSummaryTitle} items={summaryItems(state, FIELDS, strings, fieldId)} /> : null}
      {unverified ? (
        <form className="members-inline-form" action={resendAction}>
          <input type="hidden" name="pageLocale" value={locale} />
          <input type="hidden" name="email" value={unverified} />
          <button className="button button--secondary" type="submit">
            {signIn.resend}
          </button>
        </form>
      ) : null}
      <form key={state.attempt} className="submission-form members-form" action={formAction} noValidate aria-busy={pending || undefined}>
        <input type="hidden" name="pageLocale" value={locale} />
        <input type="hidden" name="next" value={state.values.next} />
        <TextInput
          frame={{ id: fieldId('email'), label: fields.email.label, error: errorOf('email'), errorPrefix: common.errorTitlePrefix }}
          name="email"
          type="email"
          value={state.values.email}
          autoComplete="username"
          inputMode="email"
        />
        <PasswordInput frame={{ id: fieldId('password'), label: fields.password.label, error: errorOf('password'), errorPrefix: common.errorTitlePrefix }} name="password" autoComplete="current-password" />
        <button className="button" type="submit" disabled={pending}>
          {signIn.submit}
        </button>
      </form>
    </>
  )
}
