import type { GeographyStrings } from './en'

export const geographyFr: GeographyStrings = {}
