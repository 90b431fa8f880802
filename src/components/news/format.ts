import type { Locale } from '@/i18n/locales'

/** A publication date as people read it in that language (the UTC day, the same everywhere). */
export const formatNewsDate = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))
