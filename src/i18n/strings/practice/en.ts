export const practiceEn = {}

export type PracticeStrings = typeof practiceEn
