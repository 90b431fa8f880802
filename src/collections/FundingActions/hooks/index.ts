import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { syncFundingAction } from '@/lib/funding/index/syncFunding'
import type { FundingAction } from '@/payload-types'

type Sluggable = Pick<FundingAction, 'slug'> | null | undefined

const tagsFor = (...actions: Sluggable[]) => [
  cacheTags.funding,
  cacheTags.sitemap,
  // Practice pages list the actions that financed them and the funding their city could use.
  cacheTags.practices,
  ...actions.filter((action): action is FundingAction => Boolean(action?.slug)).map((action) => cacheTags.fundingAction(action.slug)),
]

/** The index follows the live row (a draft save leaves it as it was), in the change's transaction. */
export const indexFundingAction: CollectionAfterChangeHook<FundingAction> = async ({ doc, previousDoc, req, context }) => {
  await syncFundingAction(req.payload, doc.id, req)
  revalidate(tagsFor(doc, previousDoc), { context, req })
  return doc
}

export const unindexDeletedFundingAction: CollectionAfterDeleteHook<FundingAction> = ({ doc, req, context }) => {
  // Its index rows went with it (ON DELETE CASCADE).
  revalidate(tagsFor(doc), { context, req })
  return doc
}
