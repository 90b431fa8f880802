import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import type { News } from '@/payload-types'

const tagsFor = (...items: Array<Pick<News, 'slug'> | null | undefined>) => [
  cacheTags.news,
  cacheTags.sitemap,
  ...items.filter((item): item is News => Boolean(item?.slug)).map((item) => cacheTags.newsItem(item.slug)),
]

export const revalidateNews: CollectionAfterChangeHook<News> = ({ doc, previousDoc, context, req }) => {
  revalidate(tagsFor(doc, previousDoc), { context, req })
  return doc
}

export const revalidateDeletedNews: CollectionAfterDeleteHook<News> = ({ doc, context, req }) => {
  revalidate(tagsFor(doc), { context, req })
  return doc
}
