import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { CommunityFollow, Member } from '@/payload-types'
import { communityPath } from './links'
import { optionalRelationId as idOf } from '@/lib/relationId'

export type Cadence = CommunityFollow['cadence']
export type FollowTarget = { thread: number } | { space: number }

export const CADENCES: Cadence[] = ['immediate', 'daily']
export const isCadence = (value: unknown): value is Cadence => value === 'immediate' || value === 'daily'

export type FollowRefusal = 'notMember' | 'suspended' | 'notFound'
export type FollowOutcome = { status: 'following'; id: number; cadence: Cadence } | { status: 'refused'; reason: FollowRefusal }

/** Until `suspendedUntil` a member reads, but cannot post, flag or follow. */
export const isSuspended = (member: Pick<Member, 'moderation'>, now = new Date()): boolean =>
  Boolean(member.moderation?.suspendedUntil && new Date(member.moderation.suspendedUntil) > now)

const targetWhere = (memberId: number, target: FollowTarget): Where =>
  'thread' in target
    ? { and: [{ member: { equals: memberId } }, { thread: { equals: target.thread } }] }
    : { and: [{ member: { equals: memberId } }, { space: { equals: target.space } }] }

/** A thread can be followed when it is an opening post the member may read (listed, or her own). */
async function targetExists(payload: Payload, member: Member, target: FollowTarget): Promise<boolean> {
  if ('space' in target) {
    return Boolean(await payload.findByID({ collection: 'community-spaces', id: target.space, depth: 0, overrideAccess: true, disableErrors: true, select: { slug: true } }))
  }
  const post = await payload.findByID({
    collection: 'community-posts',
    id: target.thread,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { thread: true, listed: true, author: true },
  })
  return Boolean(post && !post.thread && (post.listed || idOf(post.author) === member.id))
}

async function loadMember(payload: Payload, memberId: number): Promise<Member | null> {
  return payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true, disableErrors: true })
}

/** The member's follow of a thread or space, or null. */
export async function findFollow(payload: Payload, memberId: number, target: FollowTarget): Promise<CommunityFollow | null> {
  const { docs } = await payload.find({ collection: 'community-follows', where: targetWhere(memberId, target), limit: 1, depth: 0, overrideAccess: true })
  return docs[0] ?? null
}

/**
 * Follows a thread or a space (or changes the cadence of an existing follow). Members only; a
 * suspended member cannot follow. A new follow's cadence defaults to the member's own default; an
 * existing follow keeps its cadence unless one is given.
 */
export async function follow(payload: Payload, memberId: number, target: FollowTarget, cadence?: Cadence): Promise<FollowOutcome> {
  const member = await loadMember(payload, memberId)
  if (!member) return { status: 'refused', reason: 'notMember' }
  if (isSuspended(member)) return { status: 'refused', reason: 'suspended' }
  if (!(await targetExists(payload, member, target))) return { status: 'refused', reason: 'notFound' }
  const existing = await findFollow(payload, memberId, target)
  if (existing) {
    if (!cadence || existing.cadence === cadence) return { status: 'following', id: existing.id, cadence: existing.cadence }
    await payload.update({ collection: 'community-follows', id: existing.id, data: { cadence }, depth: 0, overrideAccess: true })
    return { status: 'following', id: existing.id, cadence }
  }
  const wanted = cadence ?? member.notifications?.cadence ?? 'immediate'
  try {
    const created = await payload.create({ collection: 'community-follows', data: { member: memberId, ...target, cadence: wanted }, depth: 0, overrideAccess: true })
    return { status: 'following', id: created.id, cadence: wanted }
  } catch (error) {
    // Two clicks at once: the unique index kept one follow; that one stands.
    const raced = await findFollow(payload, memberId, target)
    if (raced) return { status: 'following', id: raced.id, cadence: raced.cadence }
    throw error
  }
}

/** Stops following (nothing happens when she did not follow). Allowed even when suspended. */
export async function unfollow(payload: Payload, memberId: number, target: FollowTarget): Promise<{ removed: boolean }> {
  const { docs } = await payload.delete({ collection: 'community-follows', where: targetWhere(memberId, target), depth: 0, overrideAccess: true })
  return { removed: docs.length > 0 }
}

/** Changes how often one of her follows mails her; false when it is not hers. */
export async function setCadence(payload: Payload, memberId: number, followId: number, cadence: Cadence): Promise<boolean> {
  const existing = await payload.findByID({ collection: 'community-follows', id: followId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!existing || idOf(existing.member) !== memberId) return false
  await payload.update({ collection: 'community-follows', id: followId, data: { cadence }, depth: 0, overrideAccess: true })
  return true
}

export type FollowView = { id: number; kind: 'thread' | 'space'; targetId: number; title: string; href: string; cadence: Cadence }

/**
 * The member's follows for her settings page, newest first, with the thread's or space's title in
 * her language. A thread she can no longer read (hidden or removed, not hers) shows without a link.
 */
export async function listFollows(payload: Payload, memberId: number, locale: Locale): Promise<FollowView[]> {
  const { docs } = await payload.find({ collection: 'community-follows', where: { member: { equals: memberId } }, sort: '-createdAt', pagination: false, depth: 0, overrideAccess: true })
  const threadIds = docs.map((doc) => idOf(doc.thread)).filter((id): id is number => id != null)
  const spaceIds = docs.map((doc) => idOf(doc.space)).filter((id): id is number => id != null)
  const [threads, spaces] = [
    threadIds.length
      ? await payload.find({ collection: 'community-posts', where: { id: { in: threadIds } }, pagination: false, depth: 0, overrideAccess: true, select: { title: true, listed: true, author: true } })
      : { docs: [] },
    spaceIds.length
      ? await payload.find({ collection: 'community-spaces', where: { id: { in: spaceIds } }, pagination: false, depth: 0, overrideAccess: true, locale, select: { title: true, slug: true } })
      : { docs: [] },
  ]
  const threadById = new Map(threads.docs.map((doc) => [doc.id, doc]))
  const spaceById = new Map(spaces.docs.map((doc) => [doc.id, doc]))
  const views: FollowView[] = []
  for (const doc of docs) {
    const threadId = idOf(doc.thread)
    const spaceId = idOf(doc.space)
    if (threadId) {
      const thread = threadById.get(threadId)
      if (!thread) continue
      const readable = thread.listed || idOf(thread.author) === memberId
      views.push({ id: doc.id, kind: 'thread', targetId: threadId, title: readable ? (thread.title ?? '') : '', href: readable ? communityPath(locale, `threads/${threadId}`) : '', cadence: doc.cadence })
    } else if (spaceId) {
      const space = spaceById.get(spaceId)
      if (space) views.push({ id: doc.id, kind: 'space', targetId: spaceId, title: space.title, href: communityPath(locale, `spaces/${space.slug}`), cadence: doc.cadence })
    }
  }
  return views
}
