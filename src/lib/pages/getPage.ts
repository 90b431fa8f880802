import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Media, Page } from '@/payload-types'

export type PageView = {
  id: number
  slug: string
  title: string
  summary: string | null
  layout: NonNullable<Page['layout']>
  meta: { title: string; description: string | null; image: Media | null; noIndex: boolean }
  updatedAt: string
}

function toView(page: Page): PageView {
  const image = page.meta?.image
  return {
    id: page.id,
    slug: page.slug,
    title: page.title,
    summary: page.summary ?? null,
    layout: page.layout ?? [],
    meta: {
      title: page.meta?.title || page.title,
      description: page.meta?.description || page.summary || null,
      image: image && typeof image === 'object' ? image : null,
      noIndex: Boolean(page.meta?.noIndex),
    },
    updatedAt: page.updatedAt,
  }
}

async function findPage(slug: string, locale: Locale, draft: boolean): Promise<PageView | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    locale,
    depth: 1,
    limit: 1,
    draft,
    // Public reads go through access control: anonymous visitors get published pages only.
    overrideAccess: draft,
    pagination: false,
  })
  return docs[0] ? toView(docs[0]) : null
}

/**
 * One page in one language. Published pages are cached and revalidated by tag on publish; in draft
 * mode (staff previewing) the latest draft is read uncached.
 */
export const getPage = cache(async (slug: string, locale: Locale, draft = false): Promise<PageView | null> => {
  if (draft) return findPage(slug, locale, true)
  return unstable_cache(() => findPage(slug, locale, false), ['page', slug, locale], {
    tags: [cacheTags.pages, cacheTags.page(slug)],
  })()
})

async function findIndexablePages(): Promise<Array<{ slug: string; updatedAt: string }>> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { 'meta.noIndex': { not_equals: true } },
    depth: 0,
    limit: 1000,
    overrideAccess: false,
    select: { slug: true, updatedAt: true },
  })
  return docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt }))
}

/** Published, indexable pages for the sitemap, cached until a page changes. */
export const listPublishedPages = unstable_cache(findIndexablePages, ['published-pages'], {
  tags: [cacheTags.pages, cacheTags.sitemap],
})
