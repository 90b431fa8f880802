import { z } from 'zod'

import type { Locale } from '@/i18n/locales'
import { parseLocalizedNumber } from './parseNumber'
import {
  LIMITS,
  SUBMISSION_FIELDS,
  type SubmissionErrorCode,
  type SubmissionErrors,
  type SubmissionField,
  type SubmissionValues,
} from './submissionFields'

/** Reads the posted form; anything missing or of the wrong kind reads as empty. */
export function readSubmissionValues(form: FormData): SubmissionValues {
  const text = (name: SubmissionField) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.slice(0, 20_000) : ''
  }
  return {
    name: text('name'),
    organisation: text('organisation'),
    email: text('email'),
    title: text('title'),
    city: text('city'),
    country: text('country'),
    themes: form
      .getAll('themes')
      .filter((value): value is string => typeof value === 'string')
      .slice(0, 50),
    summary: text('summary'),
    challenge: text('challenge'),
    solution: text('solution'),
    results: text('results'),
    emissionsReduced: text('emissionsReduced'),
    consent: form.get('consent') === 'yes',
  }
}

type Choices = { countryCodes: readonly string[]; themeIds: readonly number[] }

const code = (error: SubmissionErrorCode) => ({ error })

const requiredText = (max: number, required: SubmissionErrorCode, tooLong: SubmissionErrorCode) =>
  z.string().trim().min(1, code(required)).max(max, code(tooLong))

function schema(locale: Locale, { countryCodes, themeIds }: Choices) {
  return z.object({
    name: requiredText(LIMITS.name, 'nameRequired', 'nameTooLong'),
    organisation: requiredText(LIMITS.organisation, 'organisationRequired', 'organisationTooLong'),
    email: z
      .string()
      .trim()
      .min(1, code('emailRequired'))
      .max(LIMITS.email, code('emailInvalid'))
      .pipe(z.email(code('emailInvalid')))
      .transform((email) => email.toLowerCase()),
    title: requiredText(LIMITS.title, 'titleRequired', 'titleTooLong'),
    city: requiredText(LIMITS.city, 'cityRequired', 'cityTooLong'),
    country: z.string().refine((value) => countryCodes.includes(value), code('countryRequired')),
    themes: z
      .array(z.string())
      .transform((values) => [...new Set(values.map(Number))].filter((id) => themeIds.includes(id)))
      .refine((ids) => ids.length > 0, code('themesRequired')),
    summary: requiredText(LIMITS.summary, 'summaryRequired', 'summaryTooLong'),
    challenge: requiredText(LIMITS.story, 'challengeRequired', 'challengeTooLong'),
    solution: requiredText(LIMITS.story, 'solutionRequired', 'solutionTooLong'),
    results: requiredText(LIMITS.story, 'resultsRequired', 'resultsTooLong'),
    emissionsReduced: z
      .string()
      .trim()
      .transform((raw, ctx) => {
        if (!raw) return null
        const value = parseLocalizedNumber(raw, locale)
        if (value === null) ctx.addIssue({ code: 'custom', message: 'emissionsInvalid' })
        else if (value < 0 || value > 1_000_000_000) ctx.addIssue({ code: 'custom', message: 'emissionsOutOfRange' })
        return value
      }),
    consent: z.literal(true, code('consentRequired')),
  })
}

export type ValidSubmission = z.output<ReturnType<typeof schema>>

export type SubmissionValidation = { ok: true; data: ValidSubmission } | { ok: false; errors: SubmissionErrors }

/** Validates on the server; the first problem of each field is kept, named by a message key. */
export function validateSubmission(values: SubmissionValues, locale: Locale, choices: Choices): SubmissionValidation {
  const result = schema(locale, choices).safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors: SubmissionErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as SubmissionField
    if (SUBMISSION_FIELDS.includes(field) && !errors[field]) errors[field] = issue.message as SubmissionErrorCode
  }
  return { ok: false, errors }
}
