import type { Payload } from 'payload'

import { cachedWhereServed } from '@/lib/cache/cachedWhereServed'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

export type NewsSitemapEntry = { slug: string; updatedAt: string }

/** Published news items that may be indexed (not marked noIndex), newest first. */
export async function findNewsForSitemap(payload: Payload): Promise<NewsSitemapEntry[]> {
  const { docs } = await payload.find({
    collection: 'news',
    where: { 'meta.noIndex': { not_equals: true } },
    sort: '-publishedAt',
    limit: 10_000,
    depth: 0,
    overrideAccess: false,
    select: { slug: true, updatedAt: true },
  })
  return docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt }))
}

/**
 * The sitemap's news entries (each at /{locale}/news/{slug}), cached until a news item changes.
 * The lead adds `/news` itself and these to src/app/sitemap.ts.
 */
export const listNewsForSitemap = (): Promise<NewsSitemapEntry[]> =>
  cachedWhereServed(async () => findNewsForSitemap(await getPayloadClient()), ['news-sitemap'], [cacheTags.news, cacheTags.sitemap])
