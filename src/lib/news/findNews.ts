import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { hasRichText } from '@/components/practice/PracticeRichText'
import { toImageView } from '@/lib/practices/mediaView'
import type { News, User } from '@/payload-types'
import type { NewsItemView, NewsListView, RelatedLink } from './newsView'
import { toCategoryView, toNewsSummary } from './toNewsView'

/** News items per list page. */
export const NEWS_PAGE_SIZE = 12

const NEWS_SORT = ['-publishedAt', '-createdAt']

const isStaff = (user: User | null | undefined): user is User => Boolean(user && user.collection === 'users')

/** Every category, by title in the language, for the list's filter. */
async function allCategories(payload: Payload, locale: Locale) {
  const { docs } = await payload.find({ collection: 'news-categories', locale, sort: 'title', pagination: false, depth: 0, overrideAccess: false, select: { slug: true, title: true } })
  return docs.map(toCategoryView)
}

/**
 * One page of published news in a language (English where it has no translation), newest first,
 * optionally in one category. Read as an anonymous visitor: a draft or an item whose publication is
 * only scheduled is in no list.
 */
export async function findNewsList(payload: Payload, locale: Locale, options: { category?: string | null; page?: number } = {}): Promise<NewsListView> {
  const categories = await allCategories(payload, locale)
  const category = options.category ? (categories.find((candidate) => candidate.slug === options.category) ?? null) : null
  const where: Where = category ? { 'categories.slug': { equals: category.slug } } : {}
  const result = await payload.find({
    collection: 'news',
    where,
    locale,
    sort: NEWS_SORT,
    page: Math.max(1, Math.floor(options.page ?? 1)),
    limit: NEWS_PAGE_SIZE,
    depth: 1,
    overrideAccess: false,
    select: { slug: true, title: true, summary: true, publishedAt: true, updatedAt: true, hero: true, categories: true, authors: true },
    populate: { 'news-categories': { slug: true, title: true } },
  })
  return {
    items: result.docs.map((doc) => toNewsSummary(doc as News)),
    page: result.page ?? 1,
    totalPages: Math.max(1, result.totalPages),
    totalItems: result.totalDocs,
    categories,
    category,
  }
}

/** The newest published items for the feed. */
export async function findLatestNews(payload: Payload, locale: Locale, limit: number) {
  const { docs } = await payload.find({
    collection: 'news',
    locale,
    sort: NEWS_SORT,
    limit,
    pagination: false,
    depth: 1,
    overrideAccess: false,
    select: { slug: true, title: true, summary: true, publishedAt: true, updatedAt: true, hero: true, categories: true, authors: true },
    populate: { 'news-categories': { slug: true, title: true } },
  })
  return docs.map((doc) => toNewsSummary(doc as News))
}

const ids = (values: unknown[] | null | undefined): number[] =>
  (values ?? []).map((value) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : Number(value))).filter(Number.isInteger)

/**
 * Related documents as the public sees them (no user: published practices, live campaigns), in the
 * order the editor chose, whatever the reader of the item may see: preview never links a draft.
 */
async function relatedLinks(payload: Payload, item: News, locale: Locale): Promise<NewsItemView['related']> {
  const read = async (collection: 'practices' | 'cities' | 'campaigns', wanted: number[]): Promise<RelatedLink[]> => {
    if (wanted.length === 0) return []
    const { docs } = await payload.find({
      collection,
      where: { id: { in: wanted } },
      locale,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: collection === 'cities' ? { slug: true, name: true } : { slug: true, title: true },
    })
    const byId = new Map(
      docs.map((doc) => {
        const fields = doc as { id: number; slug?: string | null; name?: string | null; title?: string | null }
        return [fields.id, { slug: String(fields.slug), title: String(fields.name ?? fields.title ?? fields.slug) }]
      }),
    )
    return wanted.flatMap((id) => byId.get(id) ?? [])
  }
  return {
    practices: await read('practices', ids(item.relatedPractices)),
    cities: await read('cities', ids(item.relatedCities)),
    campaigns: await read('campaigns', ids(item.relatedCampaigns)),
  }
}

/** Whether the item has its own title and body in this language (English never falls back). */
async function isTranslated(payload: Payload, item: News, locale: Locale, draft: boolean, user: User | null): Promise<boolean> {
  if (locale === 'en') return true
  const own = await payload.findByID({
    collection: 'news',
    id: item.id,
    locale,
    fallbackLocale: false,
    draft,
    depth: 0,
    overrideAccess: false,
    user: user ?? undefined,
    select: { title: true, body: true },
  })
  return Boolean(own.title?.trim()) && hasRichText(own.body ?? null)
}

export type NewsReader = { user?: User | null; draft?: boolean }

/**
 * One news item for its page, or null. The public gets published items only; a member of staff in
 * preview gets the latest draft. Related practices, cities and campaigns are only those the public
 * can open.
 */
export async function findNewsItem(payload: Payload, slug: string, locale: Locale, reader: NewsReader = {}): Promise<NewsItemView | null> {
  const staff = isStaff(reader.user) ? reader.user : null
  const draft = Boolean(reader.draft && staff)
  const { docs } = await payload.find({
    collection: 'news',
    where: { slug: { equals: slug } },
    locale,
    limit: 1,
    pagination: false,
    depth: 1,
    draft,
    overrideAccess: false,
    user: draft ? staff : undefined,
    populate: { 'news-categories': { slug: true, title: true }, practices: { slug: true }, cities: { slug: true }, campaigns: { slug: true } },
  })
  const item = docs[0]
  if (!item) return null
  const summary = toNewsSummary(item)
  const image = toImageView(item.meta?.image) ?? summary.hero
  return {
    ...summary,
    locale,
    body: item.body ?? null,
    related: await relatedLinks(payload, item, locale),
    meta: {
      title: item.meta?.title || item.title,
      description: item.meta?.description || item.summary || null,
      image,
      noIndex: Boolean(item.meta?.noIndex),
    },
    fallback: !(await isTranslated(payload, item, locale, draft, draft ? staff : null)),
    draft,
  }
}
