import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import type { Practice } from '@/payload-types'

type Sluggable = Pick<Practice, 'slug'> | null | undefined

const tagsFor = (...practices: Sluggable[]) => [
  cacheTags.practices,
  cacheTags.sitemap,
  ...practices.filter((p): p is Practice => Boolean(p?.slug)).map((p) => cacheTags.practice(p.slug)),
]

// Draft saves change nothing public; everything else may (publish, unpublish, rename, workflow).
export const revalidatePractice: CollectionAfterChangeHook<Practice> = ({ doc, previousDoc, context, req }) => {
  if (context.practiceDraftSave) return doc
  revalidate(tagsFor(doc, previousDoc), { context, req })
  return doc
}

export const revalidateDeletedPractice: CollectionAfterDeleteHook<Practice> = ({ doc, context, req }) => {
  revalidate(tagsFor(doc), { context, req })
  return doc
}
