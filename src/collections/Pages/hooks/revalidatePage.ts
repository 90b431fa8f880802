import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import type { Page } from '@/payload-types'

const tagsFor = (...pages: Array<Pick<Page, 'slug'> | null | undefined>) => [
  cacheTags.pages,
  cacheTags.sitemap,
  ...pages.filter((page): page is Page => Boolean(page?.slug)).map((page) => cacheTags.page(page.slug)),
]

// Both the old and the new slug: a page can be renamed or unpublished.
export const revalidatePage: CollectionAfterChangeHook<Page> = ({ doc, previousDoc, context, req }) => {
  revalidate(tagsFor(doc, previousDoc), { context, req })
  return doc
}

export const revalidateDeletedPage: CollectionAfterDeleteHook<Page> = ({ doc, context, req }) => {
  revalidate(tagsFor(doc), { context, req })
  return doc
}
