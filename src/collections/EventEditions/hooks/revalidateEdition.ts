import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import type { EventEdition } from '@/payload-types'

type Edition = Pick<EventEdition, 'slug' | '_status'> | null | undefined

const tagsFor = (...editions: Edition[]) => [
  cacheTags.events,
  cacheTags.sitemap,
  ...editions.filter((edition): edition is EventEdition => Boolean(edition?.slug)).map((edition) => cacheTags.event(edition.slug)),
]

/**
 * Publishing, changing, renaming or unpublishing an edition refreshes its pages, the list and the
 * sitemap (old and new slug). Autosaved drafts of a never-published edition change nothing public.
 */
export const revalidateEdition: CollectionAfterChangeHook<EventEdition> = ({ doc, previousDoc, context, req }) => {
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  revalidate(tagsFor(doc, previousDoc), { context, req })
  return doc
}

export const revalidateDeletedEdition: CollectionAfterDeleteHook<EventEdition> = ({ doc, context, req }) => {
  revalidate(tagsFor(doc), { context, req })
  return doc
}
