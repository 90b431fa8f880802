import type { Locale } from '@/i18n/locales'
import { newsletterPath } from '../links'

/** The page an unsubscribe link leads to: one button (`done`: saying it is done). */
export const unsubscribePagePath = (locale: Locale, token: string, done = false): string =>
  `${newsletterPath(locale, 'unsubscribe/confirm')}?token=${encodeURIComponent(token)}${done ? '&done=1' : ''}`

/** The form the unsubscribe buttons post to: the same address mail clients post to for one click. */
export const unsubscribeFormAction = (locale: Locale, token: string): string => `${newsletterPath(locale, 'unsubscribe')}?token=${encodeURIComponent(token)}`

/** The preference page of a token as given (the page and its forms keep the link's own token). */
export const preferencesPagePath = (locale: Locale, token: string, flag?: string): string =>
  `${newsletterPath(locale, 'preferences')}?token=${encodeURIComponent(token)}${flag ? `&${flag}` : ''}`
