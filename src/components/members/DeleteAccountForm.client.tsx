'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary } from '@/components/submission/ErrorSummary'
import { Consent } from '@/components/submission/FormFields'
import type { MembersStrings } from '@/i18n/strings/members/en'
import { type DeleteAccountState, hasFormErrors } from '@/lib/community/members/formState'
import { PasswordInput } from './PasswordInput'
import { summaryItems } from './useFormErrors'

type Props = { action: (state: DeleteAccountState, form: FormData) => Promise<DeleteAccountState>; locale: string; pageTitle: string; strings: MembersStrings }

const FIELDS = ['confirm', 'password'] as const
const fieldId = (field: (typeof FIELDS)[number]) => `delete-${field}`

export function DeleteAccountForm({ action, locale, pageTitle, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: {}, errors: {}, formError: null, attempt: 0 } satisfies DeleteAccountState)
  const summary = useRef<HTMLDivElement>(null)
  const failed = hasFormErrors(state)
  useEffect(() => {
    if (state.attempt > 0 && hasFormErrors(state)) summary.current?.focus()
  }, [state])
  const { fields, common, deleteAccount } = strings
  const errorOf = (field: (typeof FIELDS)[number]) => (state.errors[field] ? strings.errors[state.errors[field]] : undefined)
  return (
    <>
      <title>{failed ? `${common.errorTitlePrefix} ${pageTitle}` : pageTitle}</title>
      {failed ? <ErrorSummary ref={summary} title={common.errorSummaryTitle} items={summaryItems(state, FIELDS, strings, fieldId)} /> : null}
      <form key={state.attempt} className="submission-form members-form" action={formAction} noValidate aria-busy={pending || undefined}>
        <input type="hidden" name="pageLocale" value={locale} />
        <Consent frame={{ id: fieldId('confirm'), label: deleteAccount.confirmLabel, error: errorOf('confirm'), errorPrefix: common.errorTitlePrefix }} name="confirm" checked={false} />
        <PasswordInput frame={{ id: fieldId('password'), label: fields.currentPassword.label, error: errorOf('password'), errorPrefix: common.errorTitlePrefix }} name="password" autoComplete="current-password" />
        <button className="button button--warning" type="submit" disabled={pending}>
          {deleteAccount.submit}
        </button>
      </form>
    </>
  )
}
