import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'

import { defaultLocale, localeCodes, type Locale } from './locales'

/** The best of our locales for an `Accept-Language` header; the default when none fits. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } })
    .languages()
    .filter((tag) => tag !== '*')
  try {
    return match(requested, localeCodes, defaultLocale) as Locale
  } catch {
    // a malformed language tag in the header
    return defaultLocale
  }
}
