import type { Locale } from '@/i18n/locales'
import type { AttendanceMode } from '../../options'
import { type RegistrationInput, registrationInput } from '../schema'
import {
  REGISTRATION_ERROR_CODES,
  REGISTRATION_FIELDS,
  type RegistrationErrorCode,
  type RegistrationErrors,
  type RegistrationField,
  type RegistrationValues,
} from './formState'

/** Reads the posted form; anything missing or of the wrong kind reads as empty (and is cut to a sane length). */
export function readRegistrationValues(form: FormData): RegistrationValues {
  const text = (name: RegistrationField, max = 2000) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.slice(0, max) : ''
  }
  return {
    name: text('name'),
    email: text('email'),
    organisation: text('organisation'),
    role: text('role', 100),
    city: text('city'),
    country: text('country', 100),
    attendanceMode: text('attendanceMode', 100),
    accessibilityNeeds: text('accessibilityNeeds', 4000),
    dietaryNeeds: text('dietaryNeeds', 4000),
    privacyConsent: form.get('privacyConsent') === 'yes',
  }
}

const isErrorCode = (message: string): message is RegistrationErrorCode => (REGISTRATION_ERROR_CODES as readonly string[]).includes(message)
const isField = (key: PropertyKey | undefined): key is RegistrationField => (REGISTRATION_FIELDS as readonly PropertyKey[]).includes(key as PropertyKey)

/** What the form can check only with the edition and the reference data at hand. */
export type RegistrationContext = { locale: Locale; modes: AttendanceMode[]; countryExists: (code: string) => Promise<boolean> }

/**
 * Validates a post on the server: the schema first, then what depends on the edition (the modes it
 * offers) and on the reference data (the country). The first problem of each field is kept, named
 * by a message key the form translates. Dietary needs are for the caterer: an online registrant's are
 * not kept.
 */
export async function validateRegistration(
  values: RegistrationValues,
  context: RegistrationContext,
): Promise<{ ok: true; data: RegistrationInput } | { ok: false; errors: RegistrationErrors }> {
  const result = registrationInput.safeParse({
    ...values,
    role: values.role || undefined,
    attendanceMode: values.attendanceMode || undefined,
    privacyConsent: values.privacyConsent || undefined,
    locale: context.locale,
  })
  const errors: RegistrationErrors = {}
  for (const issue of result.success ? [] : result.error.issues) {
    const field = issue.path[0]
    if (isField(field) && !errors[field]) errors[field] = isErrorCode(issue.message) ? issue.message : 'invalidChoice'
  }
  // A mode this edition does not offer, or a country we do not know, reads as such even beside other problems.
  const mode = values.attendanceMode as AttendanceMode
  if (!errors.attendanceMode && !context.modes.includes(mode)) errors.attendanceMode = 'modeUnavailable'
  const country = values.country.trim().toUpperCase()
  if (!errors.country && country && !(await context.countryExists(country))) errors.country = 'invalidCountry'
  if (!result.success || Object.keys(errors).length > 0) return { ok: false, errors }
  const data = result.data
  return { ok: true, data: data.attendanceMode === 'online' ? { ...data, dietaryNeeds: undefined } : data }
}
