import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'
import { signUnsubscribeToken, type UnsubscribeScope } from './tokens'

export const communityPath = (locale: Locale, rest = ''): string => `/${locale}/community${rest ? `/${rest}` : ''}`

export const threadUrl = (locale: Locale, threadId: number, postId?: number): string =>
  `${siteUrl()}${communityPath(locale, `threads/${threadId}`)}${postId && postId !== threadId ? `#post-${postId}` : ''}`

export const notificationSettingsPath = (locale: Locale): string => communityPath(locale, 'account/notifications')

/** The unsubscribe page (GET: a confirm button) and RFC 8058 one-click endpoint (POST). */
export const unsubscribePath = (locale: Locale, scope: UnsubscribeScope): string =>
  `${communityPath(locale, 'unsubscribe')}?token=${encodeURIComponent(signUnsubscribeToken(scope))}`

export const unsubscribeUrl = (locale: Locale, scope: UnsubscribeScope): string => `${siteUrl()}${unsubscribePath(locale, scope)}`

/**
 * The headers that let mail clients offer their own unsubscribe button (RFC 2369 and RFC 8058): they
 * turn off all community email of the member (the body's links can stop a single follow).
 */
export const listUnsubscribeHeaders = (locale: Locale, member: number): Record<string, string> => ({
  'List-Unsubscribe': `<${unsubscribeUrl(locale, { member })}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})
