export const submissionEn = {}

export type SubmissionStrings = typeof submissionEn
