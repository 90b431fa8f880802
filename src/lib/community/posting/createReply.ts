import type { Payload } from 'payload'

import { asMember, idOf } from './asMember'
import { autoFollow } from './follow'
import { Refusal } from './refusal'
import { assertDailyLimit, assertLinksWithinLimit, isHeld } from './rules'
import { refreshThreadActivity } from './threadActivity'
import type { PostingOptions, PostingResult, ReplyInput } from './types'
import { validReply } from './validation'

/**
 * A member replies to a thread she can see (listed, or her own) that is not locked. The thread's
 * reply count and last activity are recomputed in the same transaction.
 */
export async function createReply(payload: Payload, memberId: number | null | undefined, input: ReplyInput, options: PostingOptions = {}): Promise<PostingResult> {
  return asMember(payload, memberId, options, async ({ req, member, rules, now, locale }) => {
    const reply = validReply(input)
    const thread = await payload.findByID({ collection: 'community-posts', id: reply.thread, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!thread || thread.thread || (!thread.listed && idOf(thread.author) !== member.id)) throw new Refusal('threadNotFound')
    if (thread.locked) throw new Refusal('locked')
    assertLinksWithinLimit(member, rules, reply.body)
    await assertDailyLimit(payload, member, rules, 'replies', now, locale, req)

    const post = await payload.create({
      collection: 'community-posts',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        thread: thread.id,
        space: idOf(thread.space) ?? 0,
        body: reply.body,
        author: member.id,
        state: isHeld(member, rules) ? 'pending' : 'published',
        createdAt: now.toISOString(),
      },
    })
    await refreshThreadActivity(payload, thread.id, req)
    await autoFollow(payload, member, thread.id, req)
    return { ok: true, postId: post.id, threadId: thread.id, state: post.state }
  })
}
