import type { PayloadRequest } from 'payload'

import type { CommunityPost } from '@/payload-types'
import { communityRules, earnedTrustLevel } from './settings'
import { optionalRelationId as idOf } from '@/lib/relationId'

/**
 * What follows a post's publication, in the transaction that published it: the first time, its
 * author's count of published posts rises (and her trust level with it); her followers hear of it
 * through the jobs queue (the `notifyCommunity` task), so nothing is lost if the process dies.
 */
export async function onPostPublished(req: PayloadRequest, post: CommunityPost, { firstTime }: { firstTime: boolean }): Promise<void> {
  const authorId = idOf(post.author)
  if (firstTime && authorId) {
    const member = await req.payload.findByID({ collection: 'members', id: authorId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (member) {
      const rules = await communityRules(req.payload, req)
      const publishedPosts = (member.moderation?.publishedPosts ?? 0) + 1
      const trustLevel = earnedTrustLevel(rules, member.moderation?.trustLevel ?? 0, publishedPosts, new Date(member.createdAt))
      await req.payload.update({
        collection: 'members',
        id: authorId,
        data: { moderation: { ...member.moderation, publishedPosts, trustLevel } },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  }
  if (firstTime) await req.payload.jobs.queue({ task: 'notifyCommunity', input: { post: post.id }, req })
}
