/** The registration form's fields, values, errors and state: shared by the server action and the form (no server imports). */

export const REGISTRATION_FIELDS = [
  'name',
  'email',
  'organisation',
  'role',
  'city',
  'country',
  'attendanceMode',
  'accessibilityNeeds',
  'dietaryNeeds',
  'privacyConsent',
] as const
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number]

/** The message keys of `registrationInput` (schema.ts) and of the checks made with the edition at hand. */
export const REGISTRATION_ERROR_CODES = [
  'required',
  'tooLong',
  'invalidEmail',
  'invalidCountry',
  'invalidChoice',
  'chooseMode',
  'modeUnavailable',
  'consentRequired',
] as const
export type RegistrationErrorCode = (typeof REGISTRATION_ERROR_CODES)[number]
export type RegistrationErrors = Partial<Record<RegistrationField, RegistrationErrorCode>>

/** A field people never see; bots that fill every field fill it. */
export const REGISTRATION_HONEYPOT = 'website'

export type RegistrationValues = Record<Exclude<RegistrationField, 'privacyConsent'>, string> & { privacyConsent: boolean }

export const emptyRegistrationValues: RegistrationValues = {
  name: '',
  email: '',
  organisation: '',
  role: '',
  city: '',
  country: '',
  attendanceMode: '',
  accessibilityNeeds: '',
  dietaryNeeds: '',
  privacyConsent: false,
}

export type RegistrationFormError = { code: 'rateLimited'; retryAfterMinutes: number } | { code: 'unexpected' } | { code: 'closed' }

/** What the form shows after a post that did not go through. */
export type RegistrationFormState = {
  values: RegistrationValues
  errors: RegistrationErrors
  formError: RegistrationFormError | null
  /** Counts posts, so the form knows a new answer arrived even when it repeats the last one. */
  attempt: number
}

export const initialRegistrationFormState = (attendanceMode = ''): RegistrationFormState => ({
  values: { ...emptyRegistrationValues, attendanceMode },
  errors: {},
  formError: null,
  attempt: 0,
})

export const hasRegistrationErrors = (state: RegistrationFormState): boolean => state.formError !== null || Object.keys(state.errors).length > 0
