export const newsEn = {}

export type NewsStrings = typeof newsEn
