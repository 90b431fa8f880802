import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'

// Reference data is shown on practice, city and listing pages, so a change refreshes all of them.
const tags = [cacheTags.geography, cacheTags.practices, cacheTags.sitemap]

export const revalidateGeography: CollectionAfterChangeHook = ({ doc, context, req }) => {
  revalidate(tags, { context, req })
  return doc
}

export const revalidateDeletedGeography: CollectionAfterDeleteHook = ({ doc, context, req }) => {
  revalidate(tags, { context, req })
  return doc
}
