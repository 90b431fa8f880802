import type { PracticeStrings } from './en'

export const practiceFr: PracticeStrings = {}
