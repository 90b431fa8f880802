import { z } from 'zod'

import { parseFundingSearchParams } from '../params'
import { feedQuery } from '../feeds/links'
import { ALERT_FIELDS, type AlertErrorCode, type AlertErrors, type AlertField, type AlertFormValues } from './alertFormState'

const MAX_EMAIL = 254

/** Reads the posted form; anything missing or of the wrong kind reads as empty. */
export function readAlertValues(form: FormData): AlertFormValues {
  const text = (name: string, max: number) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.slice(0, max) : ''
  }
  return { email: text('email', 1000), consent: form.get('consent') === 'yes', query: text('query', 4000) }
}

/** The search as the canonical query string the alert stores: the posted one, re-read like a URL's. */
export const canonicalAlertQuery = (query: string): string => feedQuery(parseFundingSearchParams(new URLSearchParams(query)))

const code = (error: AlertErrorCode) => ({ error })

const schema = z.object({
  email: z
    .string()
    .trim()
    .min(1, code('emailRequired'))
    .max(MAX_EMAIL, code('emailInvalid'))
    .pipe(z.email(code('emailInvalid')))
    .transform((email) => email.toLowerCase()),
  consent: z.literal(true, code('consentRequired')),
  query: z.string().transform(canonicalAlertQuery),
})

export type ValidAlert = z.output<typeof schema>

/** Validates on the server; the first problem of each field is kept, named by a message key. */
export function validateAlert(values: AlertFormValues): { ok: true; data: ValidAlert } | { ok: false; errors: AlertErrors } {
  const result = schema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors: AlertErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as AlertField
    if (ALERT_FIELDS.includes(field) && !errors[field]) errors[field] = issue.message as AlertErrorCode
  }
  return { ok: false, errors }
}
