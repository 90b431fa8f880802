import type { GeographyStrings } from './en'

export const geographyEs: GeographyStrings = {}
