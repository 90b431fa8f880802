import type { CollectionBeforeChangeHook } from 'payload'

import type { FundingAction } from '@/payload-types'

/**
 * Records who verified an entry whenever its verification date changes, and stamps the first
 * publication. The name comes from the signed-in editor, never from the submitted data.
 */
export const stampVerification: CollectionBeforeChangeHook<FundingAction> = ({ data, originalDoc, req }) => {
  const changed = data.lastVerifiedAt !== undefined && data.lastVerifiedAt !== (originalDoc?.lastVerifiedAt ?? null)
  if (changed && data.lastVerifiedAt && req.user?.collection === 'users') data.lastVerifiedBy = req.user.id
  else if (originalDoc) data.lastVerifiedBy = originalDoc.lastVerifiedBy ?? null
  if (data._status === 'published' && !originalDoc?.publishedAt && !data.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}
