import type { CollectionBeforeChangeHook } from 'payload'

import type { CommunityPost } from '@/payload-types'
import { optionalRelationId as idOf } from '@/lib/relationId'

/**
 * A post is listed (seen by the public) when it is published and, for a reply, its thread is listed
 * too: hiding or removing a thread takes its replies out of view with it.
 */
export const computeListed: CollectionBeforeChangeHook<CommunityPost> = async ({ data, originalDoc, req }) => {
  const state = data.state ?? originalDoc?.state ?? 'pending'
  const threadId = idOf(data.thread !== undefined ? data.thread : originalDoc?.thread)
  let threadListed = true
  if (threadId) {
    const thread = await req.payload.findByID({ collection: 'community-posts', id: threadId, depth: 0, overrideAccess: true, select: { listed: true }, req, disableErrors: true })
    threadListed = Boolean(thread?.listed)
  }
  return { ...data, listed: state === 'published' && threadListed }
}
