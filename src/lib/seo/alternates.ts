import type { Metadata } from 'next'

import { defaultLocale, type Locale, localeCodes } from '@/i18n/locales'

/**
 * Canonical and hreflang alternates for a path that exists in every language. `path` is without the
 * language, e.g. '' for home or '/about'.
 */
export function localeAlternates(locale: Locale, path: string): Metadata['alternates'] {
  const languages: Record<string, string> = Object.fromEntries(localeCodes.map((code) => [code, `/${code}${path}`]))
  languages['x-default'] = `/${defaultLocale}${path}`
  return { canonical: `/${locale}${path}`, languages }
}
