import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'
import { signAlertToken } from './tokens'

export const alertsPath = (locale: Locale, rest = ''): string => `/${locale}/funding/alerts${rest ? `/${rest}` : ''}`

/** The subscribe form for a saved search (`query`: the canonical query string, '' or '?…'). */
export const subscribePath = (locale: Locale, query: string): string => `${alertsPath(locale)}${query}`

/** The link of the confirmation email: a page with one button (a mail scanner's GET confirms nothing). */
export const confirmUrl = (locale: Locale, token: string): string => `${siteUrl()}${alertsPath(locale, 'confirm')}?token=${encodeURIComponent(token)}`

/** The subscriber's page for one alert: what it watches, its state, and the unsubscribe button. */
export const managePath = (locale: Locale, alertId: number): string => `${alertsPath(locale, 'manage')}?token=${encodeURIComponent(signAlertToken(alertId))}`

export const manageUrl = (locale: Locale, alertId: number): string => `${siteUrl()}${managePath(locale, alertId)}`

/** The RFC 8058 one-click endpoint of the List-Unsubscribe header (POST unsubscribes; GET shows the page). */
export const unsubscribeUrl = (locale: Locale, alertId: number): string =>
  `${siteUrl()}${alertsPath(locale, 'unsubscribe')}?token=${encodeURIComponent(signAlertToken(alertId))}`

/** The headers that let mail clients offer their own unsubscribe button (RFC 2369 and RFC 8058). */
export const listUnsubscribeHeaders = (locale: Locale, alertId: number): Record<string, string> => ({
  'List-Unsubscribe': `<${unsubscribeUrl(locale, alertId)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})
