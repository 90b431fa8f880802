'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary } from '@/components/submission/ErrorSummary'
import type { MembersStrings } from '@/i18n/strings/members/en'
import type { ProfileChoices } from '@/lib/community/members/choices'
import { type AccountState, type AccountValues, hasFormErrors, PRIVACY_KEYS, PROFILE_FIELDS, type ProfileField } from '@/lib/community/members/formState'
import { ProfileFields, profileFieldId } from './ProfileFields'
import { summaryItems } from './useFormErrors'

type Props = {
  action: (state: AccountState, form: FormData) => Promise<AccountState>
  locale: string
  values: AccountValues
  pageTitle: string
  choices: ProfileChoices
  strings: MembersStrings
}

const PREFIX = 'account'
const fieldId = (field: ProfileField) => profileFieldId(PREFIX, field)

/** Her profile, what other members see of it, and her email language. */
export function AccountForm({ action, locale, values: saved, pageTitle, choices, strings }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: saved, errors: {}, formError: null, attempt: 0 } satisfies AccountState)
  const summary = useRef<HTMLDivElement>(null)
  const failed = hasFormErrors(state)
  useEffect(() => {
    if (state.attempt > 0 && hasFormErrors(state)) summary.current?.focus()
  }, [state])
  const { common, account } = strings
  const values = { ...state.values, country: choices.country?.code ?? '' }
  return (
    <>
      <title>{failed ? `${common.errorTitlePrefix} ${pageTitle}` : pageTitle}</title>
      {failed ? <ErrorSummary ref={summary} title={common.errorSummaryTitle} items={summaryItems(state, PROFILE_FIELDS, strings, fieldId)} /> : null}
      <form key={state.attempt} className="submission-form members-form" action={formAction} noValidate aria-busy={pending || undefined}>
        <input type="hidden" name="pageLocale" value={locale} />
        <ProfileFields idPrefix={PREFIX} values={values} errors={state.errors} choices={choices} strings={strings} />
        <fieldset className="field" aria-describedby="account-privacy-hint">
          <legend className="field__label">{account.privacy.legend}</legend>
          <p className="field__hint" id="account-privacy-hint">
            {account.privacy.hint}
          </p>
          <ul className="checkboxes">
            {PRIVACY_KEYS.map((key) => (
              <li className="checkbox" key={key}>
                <input id={`account-privacy-${key}`} name={`privacy.${key}`} type="checkbox" value="yes" defaultChecked={values.privacy[key]} />
                <label htmlFor={`account-privacy-${key}`}>{account.privacy[key]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button className="button" type="submit" disabled={pending}>
          {account.profile.submit}
        </button>
      </form>
    </>
  )
}
