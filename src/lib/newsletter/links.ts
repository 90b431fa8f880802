import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'
import { signSubscriberToken } from './tokens'

export const newsletterPath = (locale: Locale, rest = ''): string => `/${locale}/newsletter${rest ? `/${rest}` : ''}`

/** The link of the confirmation e-mail: a page with one button (a mail scanner's GET confirms nothing). */
export const confirmUrl = (locale: Locale, token: string): string => `${siteUrl()}${newsletterPath(locale, 'confirm')}?token=${encodeURIComponent(token)}`

/** The subscriber's preference page: language, interests, unsubscribe. */
export const preferencesPath = (locale: Locale, subscriberId: number): string =>
  `${newsletterPath(locale, 'preferences')}?token=${encodeURIComponent(signSubscriberToken(subscriberId))}`

export const preferencesUrl = (locale: Locale, subscriberId: number): string => `${siteUrl()}${preferencesPath(locale, subscriberId)}`

/** The RFC 8058 one-click endpoint of the List-Unsubscribe header (POST unsubscribes; GET shows the page). */
export const unsubscribeUrl = (locale: Locale, subscriberId: number): string =>
  `${siteUrl()}${newsletterPath(locale, 'unsubscribe')}?token=${encodeURIComponent(signSubscriberToken(subscriberId))}`

/** The headers that let mail clients offer their own unsubscribe button (RFC 2369 and RFC 8058). */
export const listUnsubscribeHeaders = (locale: Locale, subscriberId: number): Record<string, string> => ({
  'List-Unsubscribe': `<${unsubscribeUrl(locale, subscriberId)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})
