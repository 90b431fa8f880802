import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { isModerator } from '@/access/moderators'
import type { CommunityPost } from '@/payload-types'
import type { ModerationActionKind, PostState } from '../options'
import { notifyMember } from './emails'
import { type PostActionInput, postActionInput, REASON_REQUIRED } from './input'
import { logAction } from './log'
import { postForNotice } from './postContext'
import { threadToPractice } from './practiceDraft'
import { idOf, inTransaction, lockPost, ModerationRefusal } from './transaction'
import { parseOrRefuse } from './validate'

export type ModerationResult = { action: ModerationActionKind; logId: number; postId?: number; memberId?: number | null; practiceId?: number }

type Moderator = Pick<TypedUser, 'id'> & { collection?: string; roles?: unknown }

/** The states each action starts from. */
const FROM: Partial<Record<PostActionInput['action'], readonly PostState[]>> = {
  approve: ['pending', 'hidden'],
  reject: ['pending'],
  hide: ['published'],
  restore: ['hidden', 'removed'],
  remove: ['pending', 'published', 'hidden'],
}
const TO: Partial<Record<PostActionInput['action'], PostState>> = { approve: 'published', reject: 'removed', hide: 'hidden', restore: 'published', remove: 'removed' }
const THREAD_ONLY: ReadonlySet<PostActionInput['action']> = new Set(['lock', 'unlock', 'move', 'to_practice'])

export function refuseNonModerator(user: Moderator | null | undefined): asserts user is Moderator {
  if (!user) throw new ModerationRefusal(401, 'moderationSignedOut')
  if (!isModerator(user as Parameters<typeof isModerator>[0])) throw new ModerationRefusal(403, 'moderationForbidden')
}

/** Closes a post's open flags: upheld when the post is taken out of view, dismissed when it stays or comes back. */
async function closeFlags(req: PayloadRequest, postId: number, status: 'upheld' | 'dismissed'): Promise<void> {
  await req.payload.update({
    collection: 'community-flags',
    where: { and: [{ post: { equals: postId } }, { status: { equals: 'open' } }] },
    data: { status },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/**
 * A moderator acts on a post from the review queue: approve (pending or hidden → published, its
 * flags dismissed), reject (pending → removed), edit (the earlier version is kept), hide, restore,
 * remove, lock or unlock a thread, move a thread (its replies follow), dismiss flags, or turn a
 * thread into a draft practice. Each action is validated, done in one transaction with its log row
 * (moderator, reason, note, time), and the author is told by e-mail with the reason (dismissed flags
 * excepted: she was never told about them). 401 signed out, 403 not a moderator, 400 bad input,
 * 404 no such post, 409 an action that does not fit the post's state.
 */
export async function moderatePost(payload: Payload, moderator: Moderator | null | undefined, postId: number, input: unknown): Promise<ModerationResult> {
  refuseNonModerator(moderator)
  const data = parseOrRefuse(postActionInput, input)
  if (REASON_REQUIRED.has(data.action) && !data.reason) throw new ModerationRefusal(400, 'moderationReasonRequired')
  if (data.action === 'edit' && !data.body) throw new ModerationRefusal(400, 'moderationBodyRequired')
  if (data.action === 'move' && !data.space) throw new ModerationRefusal(400, 'moderationSpaceRequired')
  if (data.action === 'to_practice') return threadToPractice(payload, moderator, postId, data)

  const moderatorId = Number(moderator.id)
  return inTransaction(payload, async (req) => {
    await lockPost(req, postId)
    const post = (await req.payload.findByID({ collection: 'community-posts', id: postId, depth: 0, overrideAccess: true, req, disableErrors: true })) as CommunityPost | null
    if (!post) throw new ModerationRefusal(404, 'moderationNotFound')
    if (THREAD_ONLY.has(data.action) && post.thread) throw new ModerationRefusal(409, 'moderationThreadOnly')
    const from = FROM[data.action]
    if (from && !from.includes(post.state)) throw new ModerationRefusal(409, 'moderationWrongState', { state: post.state })
    const authorId = idOf(post.author)
    const update = (changes: Partial<CommunityPost>) =>
      req.payload.update({ collection: 'community-posts', id: postId, data: changes, overrideAccess: true, depth: 0, req })

    let space: { from: number; to: number } | null = null
    switch (data.action) {
      case 'approve':
      case 'restore':
        await closeFlags(req, postId, 'dismissed')
        await update({ state: 'published', stateReason: null, stateNote: null, flagCount: 0 })
        break
      case 'reject':
      case 'hide':
      case 'remove':
        await closeFlags(req, postId, 'upheld')
        await update({ state: TO[data.action], stateReason: data.reason, stateNote: data.note ?? null, flagCount: 0 })
        break
      case 'edit':
        await update({ body: data.body, ...(post.thread || !data.title ? {} : { title: data.title }), editedAt: new Date().toISOString() })
        break
      case 'lock':
      case 'unlock':
        if (post.locked === (data.action === 'lock')) throw new ModerationRefusal(409, 'moderationWrongState', { state: post.state })
        await update({ locked: data.action === 'lock' })
        break
      case 'move': {
        const target = await req.payload.findByID({ collection: 'community-spaces', id: data.space as number, depth: 0, overrideAccess: true, req, disableErrors: true })
        if (!target) throw new ModerationRefusal(400, 'moderationSpaceRequired')
        const fromSpace = idOf(post.space) as number
        if (fromSpace === target.id) throw new ModerationRefusal(400, 'moderationSpaceRequired')
        await update({ space: target.id })
        await req.payload.update({ collection: 'community-posts', where: { thread: { equals: postId } }, data: { space: target.id }, overrideAccess: true, depth: 0, req })
        space = { from: fromSpace, to: target.id }
        break
      }
      case 'dismiss_flags':
        await closeFlags(req, postId, 'dismissed')
        await update({ flagCount: 0 })
        break
    }

    const row = await logAction(req, {
      action: data.action,
      reason: data.reason,
      note: data.note,
      moderator: moderatorId,
      post: postId,
      member: authorId,
      fromSpace: space?.from,
      toSpace: space?.to,
    })
    if (data.action !== 'dismiss_flags') {
      const notice = await postForNotice(req.payload, data.action === 'edit' && data.title && !post.thread ? { ...post, title: data.title } : post, req)
      await notifyMember(req, authorId, { action: data.action, logId: row.id, reason: data.reason, note: data.note, post: notice, spaceId: space?.to })
    }
    return { action: data.action, logId: row.id, postId, memberId: authorId }
  })
}
