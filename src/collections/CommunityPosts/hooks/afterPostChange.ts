import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { refreshThreadActivity } from '@/lib/community/posting/threadActivity'
import { onPostPublished } from '@/lib/community/published'
import { sqlRunner } from '@/lib/practices/database'
import type { CommunityPost } from '@/payload-types'

/**
 * When an opening post's listing changes, its replies follow (one statement in the same transaction:
 * replies keep their own state). A post published for the first time counts for its author's trust
 * and tells her followers (through the jobs queue). Public pages of the thread are revalidated.
 */
export const afterPostChange: CollectionAfterChangeHook<CommunityPost> = async ({ doc, previousDoc, operation, req, context }) => {
  const threadId = doc.thread ? (typeof doc.thread === 'object' ? doc.thread.id : doc.thread) : doc.id
  if (!doc.thread && operation === 'update' && previousDoc?.listed !== doc.listed) {
    const db = await sqlRunner(req.payload, req)
    await db.execute(sql`UPDATE community_posts SET listed = (state = 'published' AND ${Boolean(doc.listed)}) WHERE thread_id = ${doc.id}`)
    await refreshThreadActivity(req.payload, doc.id, req)
  }
  // A reply approved, hidden or restored by a moderator changes its thread's reply count and last activity.
  if (doc.thread && operation === 'update' && previousDoc?.listed !== doc.listed) await refreshThreadActivity(req.payload, Number(threadId), req)
  const published = doc.state === 'published' && (operation === 'create' || previousDoc?.state !== 'published')
  if (published && !context.skipPublicationEffects) await onPostPublished(req, doc, { firstTime: operation === 'create' || previousDoc?.state === 'pending' })
  revalidate([cacheTags.community, cacheTags.communityThread(threadId)], { context, req })
  return doc
}
