import { headers } from 'next/headers'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cachedWhereServed } from '@/lib/cache/cachedWhereServed'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'
import { findNewsItem, findNewsList } from './findNews'
import type { NewsItemView, NewsListView } from './newsView'

/** The signed-in member of staff behind this request, if any (only asked in draft mode). */
async function staffUser(): Promise<User | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && user.collection === 'users' ? user : null
}

/** One page of the published news list, cached until a news item or category changes. */
export const getNewsList = cache(async (locale: Locale, options: { category?: string | null; page?: number } = {}): Promise<NewsListView> => {
  const category = options.category ?? ''
  const page = options.page ?? 1
  return cachedWhereServed(async () => findNewsList(await getPayloadClient(), locale, { category, page }), ['news-list', locale, category, String(page)], [cacheTags.news])
})

/**
 * One news item for its page. Published items are cached and revalidated by tag (the item, any
 * news, and the practices, cities and campaigns it links to). In draft mode a signed-in member of
 * staff gets the latest draft, uncached; draft mode without such a user gets the public version.
 */
export const getNewsItem = cache(async (slug: string, locale: Locale, draft = false): Promise<NewsItemView | null> => {
  if (draft) {
    const user = await staffUser()
    if (user) return findNewsItem(await getPayloadClient(), slug, locale, { user, draft: true })
  }
  return cachedWhereServed(async () => findNewsItem(await getPayloadClient(), slug, locale), ['news-item', slug, locale], [
    cacheTags.news,
    cacheTags.newsItem(slug),
    cacheTags.practices,
    cacheTags.geography,
    cacheTags.campaigns,
  ])
})
