import type { SubmissionStrings } from './en'

export const submissionFr: SubmissionStrings = {}
