import type { PracticeStrings } from './en'

export const practiceEs: PracticeStrings = {}
