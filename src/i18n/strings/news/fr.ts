import type { NewsStrings } from './en'

export const newsFr: NewsStrings = {}
