import type { NewsStrings } from './en'

export const newsPt: NewsStrings = {}
