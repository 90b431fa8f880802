/**
 * The members forms' values, error codes and states, shared by the server actions and the forms
 * (no server imports here). Error codes name a message in `members.errors`.
 */

export type MemberErrorCode =
  | 'nameRequired'
  | 'nameTooLong'
  | 'emailRequired'
  | 'emailInvalid'
  | 'passwordRequired'
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordsDiffer'
  | 'organisationTooLong'
  | 'roleInvalid'
  | 'countryInvalid'
  | 'cityInvalid'
  | 'languagesInvalid'
  | 'themesInvalid'
  | 'bioTooLong'
  | 'localeInvalid'
  | 'termsRequired'
  | 'confirmRequired'
  | 'passwordWrong'

export type MemberFormError =
  | { code: 'rateLimited'; retryAfterMinutes: number }
  | { code: 'unexpected' }
  | { code: 'signInFailed' }
  | { code: 'unverified'; email: string }
  | { code: 'locked' }
  | { code: 'resetTokenInvalid' }

export type FormState<V, F extends string> = {
  values: V
  errors: Partial<Record<F, MemberErrorCode>>
  formError: MemberFormError | null
  attempt: number
}

export const hasFormErrors = (state: FormState<unknown, string>): boolean => state.formError !== null || Object.keys(state.errors).length > 0

/** A field people never see; bots that fill every field fill it. */
export const MEMBER_HONEYPOT = 'website'

export const PASSWORD_MIN = 12
export const PASSWORD_MAX = 256

/** The profile as a form holds it (ids and codes as strings). */
export type ProfileValues = {
  name: string
  organisation: string
  role: string
  country: string
  city: string
  languages: string[]
  themes: string[]
  bio: string
  locale: string
}
export const PROFILE_FIELDS = ['name', 'organisation', 'role', 'country', 'city', 'languages', 'themes', 'bio', 'locale'] as const
export type ProfileField = (typeof PROFILE_FIELDS)[number]

export type SignUpValues = ProfileValues & { email: string; terms: boolean }
export const SIGN_UP_FIELDS = ['name', 'email', 'password', ...PROFILE_FIELDS.filter((field) => field !== 'name'), 'terms'] as const
export type SignUpField = (typeof SIGN_UP_FIELDS)[number]
export type SignUpState = FormState<SignUpValues, SignUpField>

export const emptyProfile = (locale: string, country = ''): ProfileValues => ({
  name: '',
  organisation: '',
  role: '',
  country,
  city: '',
  languages: [],
  themes: [],
  bio: '',
  locale,
})

export const initialSignUpState = (locale: string, country = ''): SignUpState => ({
  values: { ...emptyProfile(locale, country), email: '', terms: false },
  errors: {},
  formError: null,
  attempt: 0,
})

export const PRIVACY_KEYS = ['showOrganisation', 'showLocation', 'showRole', 'showLanguages', 'showThemes', 'showBio', 'showPhoto'] as const
export type PrivacyKey = (typeof PRIVACY_KEYS)[number]
export type PrivacyValues = Record<PrivacyKey, boolean>

export type AccountValues = ProfileValues & { privacy: PrivacyValues }
export type AccountState = FormState<AccountValues, ProfileField>

export type SignInValues = { email: string; next: string }
export type SignInState = FormState<SignInValues, 'email' | 'password'>

export type EmailOnlyState = FormState<{ email: string }, 'email'>

export type ResetPasswordState = FormState<{ token: string }, 'password' | 'confirm'>

export type DeleteAccountState = FormState<Record<string, never>, 'password' | 'confirm'>
