import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { CommunityPost } from '@/payload-types'
import { authorsById, relationId } from './authors'
import { spaceRefs } from './spaces'
import { type ThreadListing, type ThreadSort, type ThreadSummary, THREADS_PER_PAGE } from './types'

const summarySelect = { title: true, kind: true, space: true, author: true, replyCount: true, lastActivityAt: true, createdAt: true, solution: true, tags: true } as const

/** Listed opening posts as list items, with their authors and spaces, in the given order. */
export async function toSummaries(payload: Payload, posts: CommunityPost[], locale: Locale): Promise<ThreadSummary[]> {
  const authors = await authorsById(payload, posts.map((post) => relationId(post.author)))
  const spaces = await spaceRefs(payload, posts.map((post) => relationId(post.space)), locale)
  return posts.map((post) => ({
    id: post.id,
    title: post.title ?? '',
    kind: post.kind ?? 'discussion',
    space: spaces.get(relationId(post.space) ?? 0) ?? null,
    author: authors.get(relationId(post.author) ?? 0) ?? null,
    replyCount: Number(post.replyCount ?? 0),
    lastActivityAt: post.lastActivityAt ?? post.createdAt,
    solved: Boolean(post.solution),
    tags: post.tags ?? [],
  }))
}

const SORTS: Record<ThreadSort, { where: Where[]; sort: string }> = {
  latest: { where: [], sort: '-lastActivityAt' },
  /** Questions that no listed reply answers yet. */
  unanswered: { where: [{ kind: { equals: 'question' } }, { replyCount: { equals: 0 } }], sort: '-createdAt' },
  solved: { where: [{ solution: { exists: true } }], sort: '-solvedAt' },
}

/**
 * Listed threads (whole space or everywhere), the same for every viewer: held, hidden or removed
 * threads are in no listing, even their author's (she finds hers on the thread page and her account).
 */
export async function listThreads(payload: Payload, { space, sort = 'latest', page = 1, locale, limit = THREADS_PER_PAGE }: { space?: number; sort?: ThreadSort; page?: number; locale: Locale; limit?: number }): Promise<ThreadListing> {
  const { where, sort: order } = SORTS[sort]
  const result = await payload.find({
    collection: 'community-posts',
    where: { and: [{ listed: { equals: true } }, { thread: { exists: false } }, ...(space ? [{ space: { equals: space } }] : []), ...where] },
    sort: order,
    page,
    limit,
    depth: 0,
    overrideAccess: false,
    select: summarySelect,
  })
  return {
    threads: await toSummaries(payload, result.docs as CommunityPost[], locale),
    page: result.page ?? page,
    totalPages: Math.max(1, result.totalPages),
    totalThreads: result.totalDocs,
  }
}

/** Listed threads by id, in the order given (search results). */
export async function threadsByIds(payload: Payload, ids: number[], locale: Locale): Promise<ThreadSummary[]> {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'community-posts',
    where: { and: [{ id: { in: ids } }, { listed: { equals: true } }, { thread: { exists: false } }] },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
    select: summarySelect,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc as CommunityPost]))
  return toSummaries(payload, ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])), locale)
}
