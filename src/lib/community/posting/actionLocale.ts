import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

export const formLocale = (form: FormData): Locale => {
  const value = form.get('locale')
  return typeof value === 'string' && isLocale(value) ? value : defaultLocale
}

export const formId = (form: FormData, name: string): number => {
  const value = Number(form.get(name))
  return Number.isSafeInteger(value) && value > 0 ? value : 0
}

export const nextAttempt = (previous: { attempt?: number } | undefined): number => (Number.isSafeInteger(previous?.attempt) ? (previous?.attempt ?? 0) : 0) + 1
