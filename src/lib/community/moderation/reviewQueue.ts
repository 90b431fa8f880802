import type { Payload, TypedLocale } from 'payload'

import type { CommunityAppeal, CommunityFlag, CommunityPost, Member, ModerationAction } from '@/payload-types'
import type { FlagReason, ModerationActionKind, ModerationReason, PostState } from '../options'
import { truncate } from './practiceDraft'
import { canPost } from './sanctions'
import { idOf } from './transaction'

export type QueueAuthor = {
  id: number
  name: string
  trustLevel: number
  publishedPosts: number
  verifiedOfficial: boolean
  sanction: { kind: 'suspended' | 'silenced'; until: string; reason: string | null } | null
}

export type QueueFlag = { reason: FlagReason; text: string | null; createdAt: string }

export type QueuePost = {
  id: number
  threadId: number
  isThread: boolean
  /** The thread's title (the post's own for an opening post). */
  threadTitle: string | null
  body: string
  state: PostState
  stateReason: ModerationReason | null
  stateNote: string | null
  createdAt: string
  locked: boolean
  space: number
  practiceDraft: number | null
  author: QueueAuthor | null
  flags: QueueFlag[]
}

export type QueueAppeal = {
  id: number
  text: string
  createdAt: string
  appellant: string | null
  action: { id: number; action: ModerationActionKind; reason: ModerationReason | null; note: string | null; createdAt: string; automatic: boolean }
  post: { id: number; threadId: number; title: string | null; state: PostState } | null
}

export type ReviewQueue = {
  /** The post asked for by id (`?post=`), whatever its state: to act on a thread outside the queue. */
  focus: QueuePost | null
  pending: QueuePost[]
  hidden: QueuePost[]
  flagged: QueuePost[]
  appeals: QueueAppeal[]
  spaces: Array<{ id: number; title: string }>
}

const LIMIT = 50

function authorOf(member: Member | null, now: Date): QueueAuthor | null {
  if (!member) return null
  const restriction = canPost(member, now)
  return {
    id: member.id,
    name: member.name,
    trustLevel: member.moderation?.trustLevel ?? 0,
    publishedPosts: member.moderation?.publishedPosts ?? 0,
    verifiedOfficial: Boolean(member.moderation?.verifiedOfficial),
    sanction: restriction.allowed ? null : { kind: restriction.sanction, until: restriction.until, reason: member.moderation?.sanctionReason ?? null },
  }
}

/**
 * What a moderator reviews, read with full access (the admin view shows it to moderators only):
 * posts held for review (oldest first), posts hidden (by flags or a moderator) and published posts
 * with open flags, each with its author's standing and its open flags; the open appeals assigned to
 * this moderator, or to nobody (none other was there) unless she took the action; and the spaces a
 * thread can be moved to.
 */
export async function reviewQueue(payload: Payload, moderatorId: number, locale?: TypedLocale, now: Date = new Date(), focusId?: number | null): Promise<ReviewQueue> {
  const find = (where: Record<string, unknown>, sort: string) =>
    payload.find({ collection: 'community-posts', where: where as never, sort, depth: 0, limit: LIMIT, overrideAccess: true, locale })
  const pending = (await find({ state: { equals: 'pending' } }, 'createdAt')).docs as CommunityPost[]
  const hidden = (await find({ state: { equals: 'hidden' } }, 'updatedAt')).docs as CommunityPost[]
  const flagged = (await find({ and: [{ state: { equals: 'published' } }, { flagCount: { greater_than: 0 } }] }, '-flagCount')).docs as CommunityPost[]
  const focused = focusId ? ((await payload.findByID({ collection: 'community-posts', id: focusId, depth: 0, overrideAccess: true, disableErrors: true, locale })) as CommunityPost | null) : null
  const posts = [...(focused ? [focused] : []), ...pending, ...hidden, ...flagged]

  const threadIds = [...new Set(posts.map((post) => idOf(post.thread)).filter((id): id is number => id != null))]
  const threads = threadIds.length
    ? ((await payload.find({ collection: 'community-posts', where: { id: { in: threadIds } }, depth: 0, limit: threadIds.length, overrideAccess: true, select: { title: true } })).docs as Array<Pick<CommunityPost, 'id' | 'title'>>)
    : []
  const titles = new Map(threads.map((thread) => [thread.id, thread.title ?? null]))

  const authorIds = [...new Set(posts.map((post) => idOf(post.author)).filter((id): id is number => id != null))]
  const members = authorIds.length
    ? ((await payload.find({ collection: 'members', where: { id: { in: authorIds } }, depth: 0, limit: authorIds.length, overrideAccess: true })).docs as Member[])
    : []
  const byId = new Map(members.map((member) => [member.id, member]))

  const postIds = posts.map((post) => post.id)
  const flags = postIds.length
    ? ((await payload.find({ collection: 'community-flags', where: { and: [{ post: { in: postIds } }, { status: { equals: 'open' } }] }, sort: 'createdAt', depth: 0, pagination: false, limit: 5000, overrideAccess: true })).docs as CommunityFlag[])
    : []
  const flagsOf = new Map<number, QueueFlag[]>()
  for (const flag of flags) {
    const list = flagsOf.get(idOf(flag.post) as number) ?? []
    list.push({ reason: flag.reason, text: flag.text ?? null, createdAt: flag.createdAt })
    flagsOf.set(idOf(flag.post) as number, list)
  }

  const view = (post: CommunityPost): QueuePost => {
    const threadId = idOf(post.thread) ?? post.id
    const authorId = idOf(post.author)
    return {
      id: post.id,
      threadId,
      isThread: !post.thread,
      threadTitle: post.thread ? (titles.get(threadId) ?? null) : (post.title ?? null),
      body: truncate(post.body, 4000),
      state: post.state,
      stateReason: post.stateReason ?? null,
      stateNote: post.stateNote ?? null,
      createdAt: post.createdAt,
      locked: Boolean(post.locked),
      space: idOf(post.space) as number,
      practiceDraft: idOf(post.practiceDraft),
      author: authorOf(authorId ? (byId.get(authorId) ?? null) : null, now),
      flags: flagsOf.get(post.id) ?? [],
    }
  }

  const { docs: appealDocs } = await payload.find({
    collection: 'community-appeals',
    where: { and: [{ status: { equals: 'open' } }, { or: [{ assignedTo: { equals: moderatorId } }, { assignedTo: { exists: false } }] }] },
    sort: 'createdAt',
    depth: 0,
    limit: LIMIT,
    overrideAccess: true,
  })
  const appeals: QueueAppeal[] = []
  for (const appeal of appealDocs as CommunityAppeal[]) {
    const action = (await payload.findByID({ collection: 'moderation-actions', id: idOf(appeal.action) as number, depth: 0, overrideAccess: true, disableErrors: true })) as ModerationAction | null
    // An appeal nobody could be assigned (no other moderator then) is offered to every moderator but the one who acted.
    if (!action || idOf(action.moderator) === moderatorId) continue
    const appellantId = idOf(appeal.appellant)
    const appellant = appellantId ? await payload.findByID({ collection: 'members', id: appellantId, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true } }) : null
    const postId = idOf(action.post)
    const post = postId ? ((await payload.findByID({ collection: 'community-posts', id: postId, depth: 0, overrideAccess: true, disableErrors: true })) as CommunityPost | null) : null
    const threadId = post ? (idOf(post.thread) ?? post.id) : null
    const threadTitle = post && threadId !== post.id ? ((await payload.findByID({ collection: 'community-posts', id: threadId as number, depth: 0, overrideAccess: true, disableErrors: true, select: { title: true } }))?.title ?? null) : (post?.title ?? null)
    appeals.push({
      id: appeal.id,
      text: appeal.text,
      createdAt: appeal.createdAt,
      appellant: appellant?.name ?? null,
      action: { id: action.id, action: action.action, reason: action.reason ?? null, note: action.note ?? null, createdAt: action.createdAt, automatic: Boolean(action.automatic) },
      post: post && threadId ? { id: post.id, threadId, title: threadTitle, state: post.state } : null,
    })
  }

  const { docs: spaceDocs } = await payload.find({ collection: 'community-spaces', sort: 'order', depth: 0, limit: 500, overrideAccess: true, locale, select: { title: true } })

  return {
    focus: focused ? view(focused) : null,
    // The post asked for is shown once, on its own.
    pending: pending.filter((post) => post.id !== focused?.id).map(view),
    hidden: hidden.filter((post) => post.id !== focused?.id).map(view),
    flagged: flagged.filter((post) => post.id !== focused?.id).map(view),
    appeals,
    spaces: spaceDocs.map((space) => ({ id: space.id, title: space.title })),
  }
}
