import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'

/** A post on its thread's page (the thread page gives every post the id `post-{id}`). */
export const postPath = (locale: Locale, threadId: number, postId: number): string =>
  `/${locale}/community/threads/${threadId}${threadId === postId ? '' : `#post-${postId}`}`

export const appealPath = (locale: Locale, actionId: number): string => `/${locale}/community/appeals/new?action=${actionId}`

export const moderationLogPath = (locale: Locale, month?: string): string =>
  `/${locale}/community/moderation-log${month ? `?month=${month}` : ''}`

export const absolute = (path: string): string => `${siteUrl()}${path}`

/** The members' sign-in page, coming back to `next` (a path on this site) afterwards. */
export const signInPath = (locale: Locale, next: string): string => `/${locale}/community/sign-in?next=${encodeURIComponent(next)}`

/** The review queue's path in the admin (its forms come back there with a notice). */
export const REVIEW_PATH = '/community-review'
