import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { NewsletterStrings } from '@/i18n/strings/newsletter/en'

/** The e-mail's own words (the blocks' words are the authors'): the `newsletter.email` strings. */
export type EmailStrings = NewsletterStrings['email']

export const emailStrings = (locale: Locale): EmailStrings => getStrings(locale).newsletter.email
