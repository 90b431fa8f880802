'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary } from '@/components/submission/ErrorSummary'
import { Consent, Honeypot, TextInput } from '@/components/submission/FormFields'
import type { MembersStrings } from '@/i18n/strings/members/en'
import type { ProfileChoices } from '@/lib/community/members/choices'
import { hasFormErrors, initialSignUpState, MEMBER_HONEYPOT, SIGN_UP_FIELDS, type SignUpField, type SignUpState } from '@/lib/community/members/formState'
import { PasswordInput } from './PasswordInput'
import { ProfileFields, profileFieldId } from './ProfileFields'
import { summaryItems } from './useFormErrors'

type Props = {
  action: (state: SignUpState, form: FormData) => Promise<SignUpState>
  locale: string
  pageTitle: string
  choices: ProfileChoices
  strings: MembersStrings
}

const PREFIX = 'sign-up'
const fieldId = (field: SignUpField) => profileFieldId(PREFIX, field)

/** The sign-up form: a client component only for `useActionState`, which also serves it without JavaScript. */
export function SignUpForm({ action, locale, pageTitle, choices, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, initialSignUpState(locale, choices.country?.code ?? ''))
  const summary = useRef<HTMLDivElement>(null)
  const failed = hasFormErrors(state)
  useEffect(() => {
    if (state.attempt > 0 && hasFormErrors(state)) summary.current?.focus()
  }, [state])

  const { fields, common, signUp } = strings
  const errorOf = (field: SignUpField) => (state.errors[field] ? strings.errors[state.errors[field]] : undefined)
  const frame = (field: SignUpField, label: string, hint?: string) => ({ id: fieldId(field), label, hint, error: errorOf(field), errorPrefix: common.errorTitlePrefix })
  const values = { ...state.values, country: choices.country?.code ?? '' }

  return (
    <>
      <title>{failed ? `${common.errorTitlePrefix} ${pageTitle}` : pageTitle}</title>
      {failed ? <ErrorSummary ref={summary} title={common.errorSummaryTitle} items={summaryItems(state, SIGN_UP_FIELDS, strings, fieldId)} /> : null}
      <form key={state.attempt} className="submission-form members-form" action={formAction} noValidate aria-busy={pending || undefined}>
        <input type="hidden" name="pageLocale" value={locale} />
        <TextInput frame={frame('name', fields.name.label, fields.name.hint)} name="name" value={values.name} autoComplete="name" />
        <TextInput frame={frame('email', fields.email.label, fields.email.hint)} name="email" type="email" value={values.email} autoComplete="email" inputMode="email" />
        <PasswordInput frame={frame('password', fields.password.label, fields.password.hint)} name="password" autoComplete="new-password" />
        <ProfileFields idPrefix={PREFIX} values={values} errors={state.errors} choices={choices} strings={strings} withName={false} />
        <Honeypot id={`${PREFIX}-website`} name={MEMBER_HONEYPOT} label={common.honeypot} />
        <Consent frame={frame('terms', fields.terms.label, fields.terms.hint)} name="terms" checked={values.terms} />
        <button className="button" type="submit" disabled={pending}>
          {signUp.submit}
        </button>
      </form>
    </>
  )
}
