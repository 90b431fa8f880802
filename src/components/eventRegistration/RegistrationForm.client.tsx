'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary, type ErrorSummaryItem } from '@/components/submission/ErrorSummary'
import { Consent, type FieldFrame, Honeypot, Select, TextArea, TextInput } from '@/components/submission/FormFields'
import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import {
  hasRegistrationErrors,
  initialRegistrationFormState,
  REGISTRATION_FIELDS,
  REGISTRATION_HONEYPOT,
  type RegistrationField,
  type RegistrationFormState,
} from '@/lib/events/registration/form/formState'
import { registrationErrorMessage } from '@/lib/events/registration/form/messages'
import { Radios } from './RegistrationFields'

type Option = { value: string; label: string }

export type RegistrationFormOptions = {
  countries: Option[]
  roles: Option[]
  /** The modes the edition offers, each with its seats state as a hint. */
  modes: Array<Option & { hint: string }>
}

type Props = {
  action: (state: RegistrationFormState, form: FormData) => Promise<RegistrationFormState>
  locale: Locale
  editionSlug: string
  pageTitle: string
  /** The form's privacy paragraph, with the edition's retention filled in. */
  privacy: string
  strings: Pick<EventRegistrationStrings, 'form' | 'fields' | 'errors'>
  options: RegistrationFormOptions
}

const fieldId = (field: RegistrationField) => `registration-${field}`

/**
 * The registration form: a client component only for `useActionState`, which also serves it without
 * JavaScript (the plain POST runs the action and the page comes back with the errors and the values
 * typed). With JavaScript, focus moves to the error summary.
 */
export function RegistrationForm({ action, locale, editionSlug, pageTitle, privacy, strings, options }: Props) {
  const onlyMode = options.modes.length === 1 ? options.modes[0] : null
  const [state, formAction, pending] = useActionState(action, initialRegistrationFormState(onlyMode?.value))
  const summary = useRef<HTMLDivElement>(null)
  const failed = hasRegistrationErrors(state)

  useEffect(() => {
    if (state.attempt > 0 && hasRegistrationErrors(state)) summary.current?.focus()
  }, [state])

  const { form, fields, errors } = strings
  const errorOf = (field: RegistrationField) => {
    const code = state.errors[field]
    return code ? registrationErrorMessage(strings, field, code) : undefined
  }
  const frame = (field: Exclude<RegistrationField, 'privacyConsent'>, optional = false): FieldFrame => ({
    id: fieldId(field),
    label: fields[field].label,
    hint: fields[field].hint || undefined,
    error: errorOf(field),
    errorPrefix: form.errorTitlePrefix,
    optionalLabel: optional ? form.optional : undefined,
  })

  const items: ErrorSummaryItem[] = []
  if (state.formError?.code === 'rateLimited') items.push({ message: errors.form.rateLimited.replace('{{minutes}}', String(state.formError.retryAfterMinutes)) })
  else if (state.formError) items.push({ message: errors.form[state.formError.code] })
  for (const field of REGISTRATION_FIELDS) {
    const message = errorOf(field)
    if (message) items.push({ message, href: `#${fieldId(field)}` })
  }
  const values = state.values

  return (
    <>
      <title>{failed ? `${form.errorTitlePrefix} ${pageTitle}` : pageTitle}</title>
      {failed ? <ErrorSummary ref={summary} title={form.errorSummaryTitle} items={items} /> : null}
      {/* A new form for each answer: React resets a form after its action, and selects would lose the values just sent. */}
      <form key={state.attempt} className="submission-form event-registration__form" action={formAction} noValidate aria-busy={pending || undefined}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="edition" value={editionSlug} />
        <fieldset className="submission-form__section">
          <legend>
            <h2>{form.aboutYou}</h2>
          </legend>
          <TextInput frame={frame('name')} name="name" value={values.name} autoComplete="name" />
          <TextInput frame={frame('email')} name="email" type="email" value={values.email} autoComplete="email" inputMode="email" />
          <TextInput frame={frame('organisation', true)} name="organisation" value={values.organisation} autoComplete="organization" />
          <Select frame={frame('role', true)} name="role" value={values.role} choose={fields.role.choose} options={options.roles} />
          <TextInput frame={frame('city', true)} name="city" value={values.city} autoComplete="address-level2" width="narrow" />
          <Select frame={frame('country', true)} name="country" value={values.country} choose={fields.country.choose} options={options.countries} />
        </fieldset>
        <fieldset className="submission-form__section">
          <legend>
            <h2>{form.attendance}</h2>
          </legend>
          {onlyMode ? (
            <>
              <input type="hidden" name="attendanceMode" value={onlyMode.value} />
              <p id={fieldId('attendanceMode')}>
                {onlyMode.label}: {onlyMode.hint}
              </p>
            </>
          ) : (
            <Radios frame={frame('attendanceMode')} name="attendanceMode" value={values.attendanceMode} options={options.modes} />
          )}
        </fieldset>
        <fieldset className="submission-form__section">
          <legend>
            <h2>{form.needs}</h2>
          </legend>
          <TextArea frame={frame('accessibilityNeeds', true)} name="accessibilityNeeds" value={values.accessibilityNeeds} rows={3} />
          {options.modes.some((mode) => mode.value === 'in_person') ? (
            <TextArea frame={frame('dietaryNeeds', true)} name="dietaryNeeds" value={values.dietaryNeeds} rows={3} />
          ) : null}
        </fieldset>
        <Honeypot id="registration-website" name={REGISTRATION_HONEYPOT} label={fields.honeypot} />
        <p className="submission-form__privacy">
          {privacy} <a href="#privacy-notice">{form.privacyLink}</a>
        </p>
        <Consent
          frame={{ id: fieldId('privacyConsent'), label: fields.privacyConsent.label, error: errorOf('privacyConsent'), errorPrefix: form.errorTitlePrefix }}
          name="privacyConsent"
          checked={values.privacyConsent}
        />
        <button className="button" type="submit" disabled={pending}>
          {form.submit}
        </button>
      </form>
    </>
  )
}
