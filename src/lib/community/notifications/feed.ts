import { Feed } from 'feed'
import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { siteUrl } from '@/lib/seo/siteUrl'
import { fill } from '@/lib/submissions/fill'
import { idOf } from './content'
import { plainExcerpt } from './excerpt'
import { communityPath, threadUrl } from './links'

/** The newest threads the feed holds. */
export const FEED_ENTRIES = 50

// The feed library writes titles and summaries as `type="html"`: plain text must be escaped first.
const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string)

/**
 * The latest listed threads (all spaces, or one space by slug) as an Atom feed (RFC 4287), read as
 * an anonymous visitor reads them (`overrideAccess: false`): a pending, hidden or removed thread
 * never appears. Null when the space does not exist.
 */
export async function communityFeed(payload: Payload, locale: Locale, spaceSlug: string | null, now = new Date()): Promise<string | null> {
  const { feed: text } = getStrings(locale).communityNotifications
  let space: { id: number; title: string; slug: string } | null = null
  if (spaceSlug) {
    const { docs } = await payload.find({ collection: 'community-spaces', where: { slug: { equals: spaceSlug } }, locale, limit: 1, depth: 0, overrideAccess: false, select: { title: true, slug: true } })
    if (!docs[0]) return null
    space = docs[0]
  }
  const where: Where = { and: [{ listed: { equals: true } }, { thread: { exists: false } }, ...(space ? [{ space: { equals: space.id } }] : [])] }
  const { docs: threads } = await payload.find({
    collection: 'community-posts',
    where,
    sort: '-createdAt',
    limit: FEED_ENTRIES,
    depth: 0,
    overrideAccess: false,
    select: { title: true, body: true, author: true, createdAt: true, updatedAt: true, lastActivityAt: true },
  })
  // Names show on every post; the rest of a member's profile stays private.
  const authorIds = [...new Set(threads.map((thread) => idOf(thread.author)).filter((id): id is number => id != null))]
  const authors = authorIds.length
    ? await payload.find({ collection: 'members', where: { id: { in: authorIds } }, pagination: false, depth: 0, overrideAccess: true, select: { name: true } })
    : { docs: [] }
  const names = new Map(authors.docs.map((author) => [author.id, author.name]))
  const self = `${siteUrl()}${communityPath(locale, 'feed.xml')}${space ? `?space=${encodeURIComponent(space.slug)}` : ''}`
  const updatedOf = (thread: (typeof threads)[number]) => new Date(thread.lastActivityAt ?? thread.updatedAt)
  const updated = threads.reduce<Date | null>((latest, thread) => (latest && latest > updatedOf(thread) ? latest : updatedOf(thread)), null)
  const feed = new Feed({
    id: self,
    title: space ? fill(text.spaceTitle, { space: space.title }) : text.title,
    description: text.description,
    link: `${siteUrl()}${communityPath(locale, space ? `spaces/${space.slug}` : '')}`,
    feedLinks: { atom: self },
    updated: updated ?? now,
    copyright: 'GKEC',
    generator: 'GKEC',
  })
  for (const thread of threads) {
    const url = threadUrl(locale, thread.id)
    const authorId = idOf(thread.author)
    feed.addItem({
      id: url,
      link: url,
      title: escapeHtml(thread.title ?? ''),
      description: escapeHtml(plainExcerpt(thread.body, 500)),
      date: updatedOf(thread),
      published: new Date(thread.createdAt),
      author: [{ name: escapeHtml((authorId && names.get(authorId)) || text.formerMember) }],
    })
  }
  return feed.atom1()
}

export type CommunitySitemapPath = { path: string; lastModified?: string }

/** The community's public pages: its home, each space, and each listed thread (newest 10,000). */
export async function findCommunitySitemapPaths(payload: Payload): Promise<CommunitySitemapPath[]> {
  const spaces = await payload.find({ collection: 'community-spaces', pagination: false, depth: 0, overrideAccess: false, select: { slug: true, updatedAt: true } })
  const threads = await payload.find({
    collection: 'community-posts',
    where: { and: [{ listed: { equals: true } }, { thread: { exists: false } }] },
    sort: '-lastActivityAt',
    limit: 10_000,
    depth: 0,
    overrideAccess: false,
    select: { lastActivityAt: true, updatedAt: true },
  })
  return [
    { path: '/community' },
    ...spaces.docs.map((space) => ({ path: `/community/spaces/${space.slug}`, lastModified: space.updatedAt })),
    ...threads.docs.map((thread) => ({ path: `/community/threads/${thread.id}`, lastModified: thread.lastActivityAt ?? thread.updatedAt })),
  ]
}
