'use client'

import { useActionState, useEffect, useRef } from 'react'

import type { Locale } from '@/i18n/locales'
import type { SubmissionStrings } from '@/i18n/strings/submission/en'
import { hasFormErrors, initialSubmissionFormState, type SubmissionFormState } from '@/lib/submissions/formState'
import type { SubmissionFormOptions } from '@/lib/submissions/formOptions'
import { HONEYPOT_FIELD, SUBMISSION_FIELDS, type SubmissionField } from '@/lib/submissions/submissionFields'
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary'
import { CheckboxGroup, Consent, type FieldFrame, Honeypot, Select, TextArea, TextInput } from './FormFields'

type Props = {
  action: (state: SubmissionFormState, form: FormData) => Promise<SubmissionFormState>
  locale: Locale
  pageTitle: string
  strings: Pick<SubmissionStrings, 'form' | 'fields' | 'errors'>
  options: SubmissionFormOptions
}

const fieldId = (field: SubmissionField) => `field-${field}`

/**
 * The submission form. It is a client component only for `useActionState`, which also serves the
 * form without JavaScript: the plain POST runs the action on the server and the page comes back
 * with the errors and the values typed. With JavaScript, focus moves to the error summary.
 */
export function SubmissionForm({ action, locale, pageTitle, strings, options }: Props) {
  const [state, formAction, pending] = useActionState(action, initialSubmissionFormState)
  const summary = useRef<HTMLDivElement>(null)
  const failed = hasFormErrors(state)

  useEffect(() => {
    if (state.attempt > 0 && hasFormErrors(state)) summary.current?.focus()
  }, [state])

  const { form, fields, errors } = strings
  const frame = (field: Exclude<SubmissionField, 'themes' | 'country' | 'consent'>, optional = false): FieldFrame => ({
    id: fieldId(field),
    label: fields[field].label,
    hint: fields[field].hint || undefined,
    error: state.errors[field] ? errors[state.errors[field]] : undefined,
    errorPrefix: form.errorTitlePrefix,
    optionalLabel: optional ? form.optional : undefined,
  })
  const errorOf = (field: SubmissionField) => (state.errors[field] ? errors[state.errors[field]] : undefined)

  const summaryItems: ErrorSummaryItem[] = []
  if (state.formError?.code === 'rateLimited') {
    summaryItems.push({ message: errors.rateLimited.replace('{{minutes}}', String(state.formError.retryAfterMinutes)) })
  } else if (state.formError?.code === 'unexpected') {
    summaryItems.push({ message: errors.unexpected })
  }
  for (const field of SUBMISSION_FIELDS) {
    const code = state.errors[field]
    if (code) summaryItems.push({ message: errors[code], href: `#${fieldId(field)}` })
  }

  const values = state.values
  const themeGroups = [
    { heading: fields.domains, options: options.themes.filter((theme) => theme.kind === 'domain') },
    { heading: fields.enablers, options: options.themes.filter((theme) => theme.kind === 'enabler') },
  ]
    .filter((group) => group.options.length > 0)
    .map((group) => ({ heading: group.heading, options: group.options.map((theme) => ({ value: String(theme.id), label: theme.name })) }))

  return (
    <>
      <title>{failed ? `${form.errorTitlePrefix} ${pageTitle}` : pageTitle}</title>
      {failed ? <ErrorSummary ref={summary} title={form.errorSummaryTitle} items={summaryItems} /> : null}
      {/* A new form for each answer: React resets a form after its action, and a select would go
          back to its first default rather than to the value just sent. */}
      <form key={state.attempt} className="submission-form" action={formAction} noValidate aria-busy={pending || undefined}>
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="submission-form__section">
          <legend>
            <h2>{form.aboutYou}</h2>
          </legend>
          <TextInput frame={frame('name')} name="name" value={values.name} autoComplete="name" />
          <TextInput frame={frame('organisation')} name="organisation" value={values.organisation} autoComplete="organization" />
          <TextInput frame={frame('email')} name="email" type="email" value={values.email} autoComplete="email" inputMode="email" />
        </fieldset>
        <fieldset className="submission-form__section">
          <legend>
            <h2>{form.aboutPractice}</h2>
          </legend>
          <TextInput frame={frame('title')} name="title" value={values.title} />
          <TextInput frame={frame('city')} name="city" value={values.city} autoComplete="off" width="narrow" />
          <Select
            frame={{ id: fieldId('country'), label: fields.country.label, error: errorOf('country'), errorPrefix: form.errorTitlePrefix }}
            name="country"
            value={values.country}
            choose={fields.country.choose}
            options={options.countries.map((country) => ({ value: country.code, label: country.name }))}
          />
          <CheckboxGroup
            frame={{ id: fieldId('themes'), label: fields.themes.label, hint: fields.themes.hint, error: errorOf('themes'), errorPrefix: form.errorTitlePrefix }}
            name="themes"
            values={values.themes}
            groups={themeGroups}
          />
          <TextArea frame={frame('summary')} name="summary" value={values.summary} rows={4} />
          <TextArea frame={frame('challenge')} name="challenge" value={values.challenge} />
          <TextArea frame={frame('solution')} name="solution" value={values.solution} />
          <TextArea frame={frame('results')} name="results" value={values.results} />
          <TextInput
            frame={frame('emissionsReduced', true)}
            name="emissionsReduced"
            value={values.emissionsReduced}
            inputMode="decimal"
            suffix={fields.emissionsReduced.unit}
            width="narrow"
          />
        </fieldset>
        <Honeypot id="field-website" name={HONEYPOT_FIELD} label={fields.honeypot.label} />
        <p className="submission-form__privacy">{form.privacy}</p>
        <Consent
          frame={{ id: fieldId('consent'), label: fields.consent.label, error: errorOf('consent'), errorPrefix: form.errorTitlePrefix }}
          name="consent"
          checked={values.consent}
        />
        <button className="button" type="submit" disabled={pending}>
          {form.submit}
        </button>
      </form>
    </>
  )
}
