import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, RequestContext } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { syncPracticeSearch } from '@/lib/practices/searchIndex'
import type { Scorecard } from '@/payload-types'

const idOf = (value: Scorecard['practice']) => (typeof value === 'object' ? value.id : value)

async function refresh(practiceId: number, req: PayloadRequest, context: RequestContext) {
  // The repository's "evaluated", score and label facets come from the search index.
  await syncPracticeSearch(req.payload, practiceId, req)
  const practice = await req.payload.findByID({ collection: 'practices', id: practiceId, depth: 0, overrideAccess: true, req, select: { slug: true }, disableErrors: true })
  revalidate(
    [cacheTags.practices, cacheTags.scorecard(practiceId), ...(practice?.slug ? [cacheTags.practice(practice.slug)] : [])],
    { context, req },
  )
}

/** A new or changed result shows on the practice's page and in the repository's facets at once. */
export const publishScorecard: CollectionAfterChangeHook<Scorecard> = async ({ doc, req, context }) => {
  await refresh(idOf(doc.practice), req, context)
  return doc
}

export const unpublishDeletedScorecard: CollectionAfterDeleteHook<Scorecard> = async ({ doc, req, context }) => {
  await refresh(idOf(doc.practice), req, context)
  return doc
}
