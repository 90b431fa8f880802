import type { Payload } from 'payload'

import { hasRichText } from '@/components/practice/PracticeRichText'
import { defaultLocale, type Locale, localeCodes } from '@/i18n/locales'
import { cachedWhereServed } from '@/lib/cache/cachedWhereServed'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { RichTextValue } from '@/lib/practices/practiceView'

/** A news item's sitemap entry: its slug, last change, and the languages it has its own text in. */
export type NewsSitemapEntry = { slug: string; updatedAt: string; locales: Locale[] }

type PerLocale<T> = Partial<Record<Locale, T | null>>

/**
 * Published news items that may be indexed (not marked noIndex), newest first. An item is listed
 * in English and in each language with its own title and body: the other languages show the English
 * text with a notice and are not indexed (as on the page).
 */
export async function findNewsForSitemap(payload: Payload): Promise<NewsSitemapEntry[]> {
  const { docs } = await payload.find({
    collection: 'news',
    where: { 'meta.noIndex': { not_equals: true } },
    sort: '-publishedAt',
    limit: 10_000,
    depth: 0,
    locale: 'all',
    overrideAccess: false,
    select: { slug: true, updatedAt: true, title: true, body: true },
  })
  return docs.map((doc) => {
    const title = doc.title as unknown as PerLocale<string>
    const body = doc.body as unknown as PerLocale<RichTextValue>
    const locales = localeCodes.filter((code) => code === defaultLocale || (Boolean(title?.[code]?.trim()) && hasRichText(body?.[code] ?? null)))
    return { slug: doc.slug, updatedAt: doc.updatedAt, locales }
  })
}

/**
 * The sitemap's news entries (each at /{locale}/news/{slug} for `locales`), cached until a news
 * item changes.
 */
export const listNewsForSitemap = (): Promise<NewsSitemapEntry[]> =>
  cachedWhereServed(async () => findNewsForSitemap(await getPayloadClient()), ['news-sitemap'], [cacheTags.news, cacheTags.sitemap])
