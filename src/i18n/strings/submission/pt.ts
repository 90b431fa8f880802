import type { SubmissionStrings } from './en'

export const submissionPt: SubmissionStrings = {}
