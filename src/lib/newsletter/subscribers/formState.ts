/** The sign-up form's values, errors and state: shared by the server action and the form (no server imports). */

export const SIGNUP_FIELDS = ['email', 'language', 'themes', 'regions', 'consent'] as const
export type SignupField = (typeof SIGNUP_FIELDS)[number]
export type SignupErrorCode = 'emailRequired' | 'emailInvalid' | 'languageInvalid' | 'themesInvalid' | 'regionsInvalid' | 'consentRequired'
export type SignupErrors = Partial<Record<SignupField, SignupErrorCode>>

/** A field people never see; bots that fill every field fill it. */
export const SIGNUP_HONEYPOT = 'website'

/** What the form posts. `campaign`: the id of the campaign page it sits on, if any. */
export type SignupFormValues = { email: string; language: string; themes: string[]; regions: string[]; consent: boolean; campaign: string }

export type SignupFormState = {
  values: SignupFormValues
  errors: SignupErrors
  formError: { code: 'rateLimited'; retryAfterMinutes: number } | { code: 'unexpected' } | null
  /** The sign-up went through: the form gives way to "check your inbox". */
  accepted: boolean
  attempt: number
}

export const initialSignupFormState = (values: Pick<SignupFormValues, 'language' | 'themes' | 'campaign'>): SignupFormState => ({
  values: { email: '', regions: [], consent: false, ...values },
  errors: {},
  formError: null,
  accepted: false,
  attempt: 0,
})

export const hasSignupFormErrors = (state: SignupFormState): boolean => state.formError !== null || Object.keys(state.errors).length > 0
