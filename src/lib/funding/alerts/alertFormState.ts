/** The alert form's values, errors and state: shared by the server action and the form (no server imports). */

export const ALERT_FIELDS = ['email', 'consent'] as const
export type AlertField = (typeof ALERT_FIELDS)[number]
export type AlertErrorCode = 'emailRequired' | 'emailInvalid' | 'consentRequired'
export type AlertErrors = Partial<Record<AlertField, AlertErrorCode>>

/** A field people never see; bots that fill every field fill it. */
export const ALERT_HONEYPOT = 'website'

/** What the form posts: the address, the consent box, and the search it was opened for. */
export type AlertFormValues = { email: string; consent: boolean; query: string }

/** What the form shows after a post that did not go through (shared by the server action and the form). */
export type AlertFormState = {
  values: AlertFormValues
  errors: AlertErrors
  formError: { code: 'rateLimited'; retryAfterMinutes: number } | { code: 'unexpected' } | null
  attempt: number
}

export const initialAlertFormState = (query: string): AlertFormState => ({ values: { email: '', consent: false, query }, errors: {}, formError: null, attempt: 0 })

export const hasAlertFormErrors = (state: AlertFormState): boolean => state.formError !== null || Object.keys(state.errors).length > 0
