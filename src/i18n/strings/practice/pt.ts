import type { PracticeStrings } from './en'

export const practicePt: PracticeStrings = {}
