import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'

/** /{locale}/news, filtered by category and paged through the query string (page 1 is implicit). */
export function newsListPath(locale: Locale, options: { category?: string | null; page?: number } = {}): string {
  const query = new URLSearchParams()
  if (options.category) query.set('category', options.category)
  if (options.page && options.page > 1) query.set('page', String(options.page))
  const search = query.toString()
  return `/${locale}/news${search ? `?${search}` : ''}`
}

export const newsItemPath = (locale: Locale, slug: string): string => `/${locale}/news/${slug}`

export const newsFeedPath = (locale: Locale): string => `/${locale}/news/feed.xml`

export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`
