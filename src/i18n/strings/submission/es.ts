import type { SubmissionStrings } from './en'

export const submissionEs: SubmissionStrings = {}
