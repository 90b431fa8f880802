import { emptySubmissionValues, type SubmissionErrors, type SubmissionValues } from './submissionFields'

/** What the form shows after a post that did not go through: shared by the server action and the form. */
export type SubmissionFormState = {
  values: SubmissionValues
  errors: SubmissionErrors
  /** A problem with the whole submission rather than one field. */
  formError: { code: 'rateLimited'; retryAfterMinutes: number } | { code: 'unexpected' } | null
  /** Counts posts, so the form knows a new answer arrived even when it repeats the last one. */
  attempt: number
}

export const initialSubmissionFormState: SubmissionFormState = { values: emptySubmissionValues, errors: {}, formError: null, attempt: 0 }

export const hasFormErrors = (state: SubmissionFormState): boolean => state.formError !== null || Object.keys(state.errors).length > 0
