import type { NewsStrings } from './en'

export const newsEs: NewsStrings = {}
