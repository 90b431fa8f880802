import type { Payload } from 'payload'

import { isModerator } from '@/access/moderators'
import { refusalMessage } from './messages'
import { asMember, idOf } from './asMember'
import { Refusal } from './refusal'
import { inTransaction } from './transaction'
import type { PostingOptions, PostingResult, SolutionActor } from './types'

/**
 * The author of a question (or a moderator) marks one of its listed replies as the solution, or
 * unmarks it (`replyId` null).
 */
export async function markSolution(payload: Payload, actor: SolutionActor, threadId: number, replyId: number | null, options: PostingOptions = {}): Promise<PostingResult> {
  const now = options.now ?? new Date()
  const apply = async (req: Parameters<Parameters<typeof inTransaction>[1]>[0], memberId: number | null): Promise<PostingResult> => {
    const thread = await payload.findByID({ collection: 'community-posts', id: threadId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!thread || thread.thread) throw new Refusal('threadNotFound')
    if (memberId !== null && idOf(thread.author) !== memberId) throw new Refusal('solutionNotAllowed')
    if (thread.kind !== 'question') throw new Refusal('solutionNotQuestion')
    if (replyId !== null) {
      const reply = await payload.findByID({ collection: 'community-posts', id: replyId, depth: 0, overrideAccess: true, req, disableErrors: true })
      if (!reply || idOf(reply.thread) !== thread.id || !reply.listed) throw new Refusal('solutionNotReply')
    }
    await payload.update({
      collection: 'community-posts',
      id: thread.id,
      overrideAccess: true,
      depth: 0,
      req,
      data: { solution: replyId, solvedAt: replyId === null ? null : now.toISOString() },
    })
    // Her reply's author hears of it through the jobs queue, committed with the choice.
    if (replyId !== null && idOf(thread.solution) !== replyId) {
      await payload.jobs.queue({ task: 'notifyCommunity', input: { post: replyId, solution: true }, req })
    }
    return { ok: true, postId: thread.id, threadId: thread.id, state: thread.state }
  }

  if ('member' in actor) return asMember(payload, actor.member, options, ({ req, member }) => apply(req, member.id))

  const locale = options.locale ?? 'en'
  const moderator = await payload.findByID({ collection: 'users', id: actor.moderator, depth: 0, overrideAccess: true, disableErrors: true })
  if (!moderator || !isModerator({ ...moderator, collection: 'users' })) return { ok: false, code: 'solutionNotAllowed', message: refusalMessage(locale, 'solutionNotAllowed') }
  try {
    return await inTransaction(payload, (req) => apply(req, null))
  } catch (error) {
    if (error instanceof Refusal) return error.toResult(locale)
    throw error
  }
}
