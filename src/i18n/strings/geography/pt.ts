import type { GeographyStrings } from './en'

export const geographyPt: GeographyStrings = {}
