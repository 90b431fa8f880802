export const geographyEn = {}

export type GeographyStrings = typeof geographyEn
