import { Feed } from 'feed'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { siteUrl } from '@/lib/seo/siteUrl'
import { findLatestNews } from './findNews'
import { absoluteUrl, newsFeedPath, newsItemPath, newsListPath } from './links'

/** The newest items the feed holds. */
export const NEWS_FEED_ENTRIES = 50

// The feed library writes titles and summaries as `type="html"`: plain text must be escaped first.
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string)

/**
 * The latest published news in a language as an Atom feed (RFC 4287), read as an anonymous visitor
 * reads it: drafts and items only scheduled for later are not in it. Links are absolute.
 */
export async function newsFeed(payload: Payload, locale: Locale, now = new Date()): Promise<string> {
  const text = getStrings(locale).news.feed
  const items = await findLatestNews(payload, locale, NEWS_FEED_ENTRIES)
  const self = absoluteUrl(newsFeedPath(locale))
  const updated = items.reduce<Date | null>((latest, item) => {
    const at = new Date(item.updatedAt)
    return latest && latest > at ? latest : at
  }, null)
  const feed = new Feed({
    id: self,
    title: text.title,
    description: text.description,
    link: absoluteUrl(newsListPath(locale)),
    language: locale,
    feedLinks: { atom: self },
    updated: updated ?? now,
    copyright: 'GKEC',
    author: { name: 'GKEC', link: siteUrl() },
    generator: 'GKEC',
  })
  for (const item of items) {
    const url = absoluteUrl(newsItemPath(locale, item.slug))
    feed.addItem({
      id: url,
      link: url,
      title: escapeHtml(item.title),
      description: escapeHtml(item.summary),
      date: new Date(item.updatedAt),
      published: item.publishedAt ? new Date(item.publishedAt) : undefined,
      author: item.authors.map((author) => ({ name: escapeHtml(author.name) })),
      category: item.categories.map((category) => ({ name: escapeHtml(category.title), term: category.slug })),
    })
  }
  return feed.atom1()
}
