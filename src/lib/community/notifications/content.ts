import type { Payload } from 'payload'

import { publicPracticeWhere } from '@/access/publishedPractices'
import type { Locale } from '@/i18n/locales'
import type { CommunityPost } from '@/payload-types'
import { plainExcerpt } from './excerpt'
import type { NotifiedPost } from './emails'
import { optionalRelationId as idOf } from '@/lib/relationId'

export { optionalRelationId as idOf } from '@/lib/relationId'

/** A post with what every notification of it needs: its thread (itself for an opening post). */
export type PostContext = { post: CommunityPost; thread: CommunityPost }

/** The post and its thread as they are now (no access: the job decides who is told), or null. */
export async function loadPostContext(payload: Payload, postId: number): Promise<PostContext | null> {
  const post = await payload.findByID({ collection: 'community-posts', id: postId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!post) return null
  const threadId = idOf(post.thread)
  if (!threadId) return { post, thread: post }
  const thread = await payload.findByID({ collection: 'community-posts', id: threadId, depth: 0, overrideAccess: true, disableErrors: true })
  return thread ? { post, thread } : null
}

/** The published practices a thread is linked to ("ask the first movers"), with their contacts. */
export async function linkedPractices(payload: Payload, thread: CommunityPost, locale: Locale = 'en') {
  const ids = (thread.practices ?? []).map(idOf).filter((id): id is number => id != null)
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'practices',
    where: { and: [{ id: { in: ids } }, publicPracticeWhere] },
    pagination: false,
    depth: 0,
    locale,
    overrideAccess: true,
    select: { title: true, contacts: true },
  })
  return docs
}

/**
 * Reads what emails say of posts, once per post and language: the space's and practice's titles in
 * the recipient's language, the author's name, a plain-text excerpt.
 */
export class NotificationContent {
  private readonly cache = new Map<string, NotifiedPost>()

  constructor(private readonly payload: Payload) {}

  async describe({ post, thread }: PostContext, locale: Locale, practiceId?: number): Promise<NotifiedPost> {
    const key = `${post.id}:${locale}:${practiceId ?? ''}`
    const known = this.cache.get(key)
    if (known) return known
    const spaceId = idOf(thread.space) as number
    const space = await this.payload.findByID({ collection: 'community-spaces', id: spaceId, depth: 0, locale, overrideAccess: true, disableErrors: true, select: { title: true } })
    const authorId = idOf(post.author)
    const author = authorId
      ? await this.payload.findByID({ collection: 'members', id: authorId, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true } })
      : null
    const practice = practiceId
      ? await this.payload.findByID({ collection: 'practices', id: practiceId, depth: 0, locale, overrideAccess: true, disableErrors: true, select: { title: true } })
      : null
    const described: NotifiedPost = {
      postId: post.id,
      threadId: thread.id,
      threadTitle: thread.title ?? '',
      spaceId,
      spaceTitle: space?.title ?? '',
      authorName: author?.name ?? null,
      excerpt: plainExcerpt(post.body),
      practiceTitle: practice?.title ?? undefined,
    }
    this.cache.set(key, described)
    return described
  }
}
