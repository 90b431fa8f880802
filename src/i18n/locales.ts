/** The languages GKEC serves. Adding one: a line here and a strings file in `strings/`. */
export const locales = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
  { code: 'es', label: 'Español' },
  { code: 'pt', label: 'Português' },
] as const

export type Locale = (typeof locales)[number]['code']

export const defaultLocale: Locale = 'en'

export const localeCodes: Locale[] = locales.map((locale) => locale.code)

export function isLocale(value: string | undefined): value is Locale {
  return localeCodes.includes(value as Locale)
}
