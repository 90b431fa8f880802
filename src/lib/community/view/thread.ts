import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { publicPracticeWhere } from '@/access/publishedPractices'
import type { CommunityPost } from '@/payload-types'
import { renderMarkdown } from '../markdown'
import { authorsById, relationId } from './authors'
import { spaceRefs } from './spaces'
import type { AuthorView, CommunityViewer, PostView, ThreadView } from './types'

/** The viewer as Payload's access rules know her: a member, a moderator, or nobody (the public). */
function accessUser(viewer: CommunityViewer) {
  if (viewer.moderator) return { ...viewer.moderator, collection: 'users' as const }
  if (viewer.member) return { ...viewer.member, collection: 'members' as const }
  return undefined
}

function toPostView(post: CommunityPost, authors: Map<number, NonNullable<AuthorView>>, viewer: CommunityViewer): PostView {
  const authorId = relationId(post.author)
  return {
    id: post.id,
    bodyHtml: renderMarkdown(post.body),
    body: post.body,
    author: authorId ? (authors.get(authorId) ?? null) : null,
    createdAt: post.createdAt,
    editedAt: post.editedAt ?? null,
    state: post.state,
    listed: Boolean(post.listed),
    own: Boolean(viewer.member && authorId === viewer.member.id),
    appealActionId: null,
  }
}

/**
 * The latest moderation action that took each of the author's posts out of view, so the notice
 * on it can link to the appeal form (?action=ID). Read for her own posts only.
 */
async function withAppeals(payload: Payload, posts: PostView[]): Promise<PostView[]> {
  const appealable = posts.filter((post) => post.own && (post.state === 'hidden' || post.state === 'removed'))
  for (const post of appealable) {
    const { docs } = await payload.find({
      collection: 'moderation-actions',
      where: { and: [{ post: { equals: post.id } }, { action: { in: ['hide', 'auto_hide', 'remove', 'reject'] } }] },
      sort: '-createdAt',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      select: { action: true },
    })
    post.appealActionId = docs[0]?.id ?? null
  }
  return posts
}

/**
 * A thread as the viewer may see it, or null (then the page answers 404). Through Payload's read
 * rule: the public and other members see the thread only when listed, with its listed replies; the
 * author also sees her own posts in any state; moderators see everything.
 */
export async function getThreadView(payload: Payload, id: number, viewer: CommunityViewer, locale: Locale): Promise<ThreadView | null> {
  const user = accessUser(viewer)
  const { docs } = await payload.find({ collection: 'community-posts', where: { id: { equals: id } }, depth: 0, limit: 1, pagination: false, overrideAccess: false, user })
  const opening = docs[0]
  if (!opening || opening.thread) return null
  const { docs: replies } = await payload.find({
    collection: 'community-posts',
    where: { thread: { equals: id } },
    sort: 'createdAt',
    depth: 0,
    limit: 2000,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const authors = await authorsById(payload, [opening, ...replies].map((post) => relationId(post.author)))
  const spaces = await spaceRefs(payload, [relationId(opening.space)], locale)
  const practiceIds = (opening.practices ?? []).map(relationId).filter((value): value is number => value !== null)
  const themeIds = (opening.twinningThemes ?? []).map(relationId).filter((value): value is number => value !== null)
  const cityId = relationId(opening.city)

  const practices = practiceIds.length
    ? (await payload.find({ collection: 'practices', where: { and: [publicPracticeWhere, { id: { in: practiceIds } }] }, locale, depth: 0, limit: 10, pagination: false, overrideAccess: false, select: { slug: true, title: true } })).docs
    : []
  const themes = themeIds.length
    ? (await payload.find({ collection: 'themes', where: { id: { in: themeIds } }, locale, depth: 0, limit: 5, pagination: false, overrideAccess: false, select: { slug: true, name: true } })).docs
    : []
  const city = cityId ? await payload.findByID({ collection: 'cities', id: cityId, locale, depth: 0, overrideAccess: false, disableErrors: true, select: { slug: true, name: true } }) : null

  const [openingView, ...replyViews] = await withAppeals(payload, [opening, ...replies].map((post) => toPostView(post, authors, viewer)))
  return {
    id: opening.id,
    title: opening.title ?? '',
    kind: opening.kind ?? 'discussion',
    space: spaces.get(relationId(opening.space) ?? 0) ?? null,
    opening: openingView,
    replies: replyViews,
    solutionId: relationId(opening.solution),
    locked: Boolean(opening.locked),
    tags: opening.tags ?? [],
    practices: practices.map((practice) => ({ slug: practice.slug ?? '', title: practice.title ?? '' })),
    city: city ? { id: city.id, slug: city.slug ?? '', name: city.name } : null,
    twinningThemes: themes.map((theme) => ({ id: theme.id, slug: theme.slug ?? '', name: theme.name })),
    replyCount: Number(opening.replyCount ?? 0),
  }
}

/** A post the viewer may edit (her own, not removed), with what the edit form needs. */
export async function getEditablePost(payload: Payload, id: number, viewer: CommunityViewer): Promise<{ id: number; threadId: number; opening: boolean; title: string; body: string; tags: string[] } | null> {
  if (!viewer.member) return null
  const post = await payload.findByID({ collection: 'community-posts', id, depth: 0, overrideAccess: false, user: accessUser(viewer), disableErrors: true })
  if (!post || relationId(post.author) !== viewer.member.id || post.state === 'removed') return null
  return { id: post.id, threadId: relationId(post.thread) ?? post.id, opening: !post.thread, title: post.title ?? '', body: post.body, tags: post.tags ?? [] }
}
