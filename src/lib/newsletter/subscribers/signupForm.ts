import { z } from 'zod'

import { localeCodes, type Locale } from '@/i18n/locales'
import { type WorldRegionCode, worldRegionCodes } from '@/lib/geography/regions'
import { SIGNUP_FIELDS, type SignupErrorCode, type SignupErrors, type SignupField, type SignupFormValues } from './formState'

const MAX_EMAIL = 254
const MAX_CHOICES = 50

const text = (form: FormData, name: string, max: number): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.slice(0, max) : ''
}

const list = (form: FormData, name: string): string[] =>
  form
    .getAll(name)
    .filter((value): value is string => typeof value === 'string')
    .slice(0, MAX_CHOICES + 1)
    .map((value) => value.slice(0, 40))

/** Reads the posted form; anything missing or of the wrong kind reads as empty. */
export function readSignupValues(form: FormData): SignupFormValues {
  return {
    email: text(form, 'email', 1000),
    language: text(form, 'language', 10),
    themes: list(form, 'themes'),
    regions: list(form, 'regions'),
    consent: form.get('consent') === 'yes',
    campaign: text(form, 'campaign', 20),
  }
}

const code = (error: SignupErrorCode) => ({ error })

/** Language and interests: the sign-up form and the preference page ask for the same. */
export const interestsSchema = z.object({
  language: z.enum(localeCodes as [Locale, ...Locale[]], code('languageInvalid')),
  themes: z
    .array(z.string().regex(/^[1-9]\d{0,11}$/, code('themesInvalid')).transform(Number), code('themesInvalid'))
    .max(MAX_CHOICES, code('themesInvalid'))
    .transform((ids) => [...new Set(ids)]),
  regions: z
    .array(z.enum(worldRegionCodes as [WorldRegionCode, ...WorldRegionCode[]], code('regionsInvalid')), code('regionsInvalid'))
    .max(MAX_CHOICES, code('regionsInvalid'))
    .transform((regions) => [...new Set(regions)]),
})

const signupSchema = interestsSchema.extend({
  email: z
    .string()
    .trim()
    .min(1, code('emailRequired'))
    .max(MAX_EMAIL, code('emailInvalid'))
    .pipe(z.email(code('emailInvalid')))
    .transform((email) => email.toLowerCase()),
  consent: z.literal(true, code('consentRequired')),
  campaign: z.string().transform((value) => (/^[1-9]\d{0,11}$/.test(value) ? Number(value) : null)),
})

export type ValidSignup = z.output<typeof signupSchema>
export type ValidInterests = z.output<typeof interestsSchema>

type Validation<T> = { ok: true; data: T } | { ok: false; errors: SignupErrors }

function firstErrors(issues: z.core.$ZodIssue[]): SignupErrors {
  const errors: SignupErrors = {}
  for (const issue of issues) {
    const field = issue.path[0] as SignupField
    if (SIGNUP_FIELDS.includes(field) && !errors[field]) errors[field] = issue.message as SignupErrorCode
  }
  return errors
}

/** Validates on the server; the first problem of each field is kept, named by a message key. */
export function validateSignup(values: SignupFormValues): Validation<ValidSignup> {
  const result = signupSchema.safeParse(values)
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: firstErrors(result.error.issues) }
}

export function validateInterests(values: Pick<SignupFormValues, 'language' | 'themes' | 'regions'>): Validation<ValidInterests> {
  const result = interestsSchema.safeParse(values)
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: firstErrors(result.error.issues) }
}
