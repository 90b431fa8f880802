import type { Locale } from '@/i18n/locales'
import type { CommunityPost } from '@/payload-types'
import { relationId } from './relations'

/** A post's address on the conversation pages: its thread, at the reply's anchor for a reply. */
export function postPath(locale: Locale, post: Pick<CommunityPost, 'id' | 'thread'>): string {
  const thread = relationId(post.thread)
  return thread ? `/${locale}/community/threads/${thread}#post-${post.id}` : `/${locale}/community/threads/${post.id}`
}

/** A short text to name a post in a list: its title, else the start of its body. */
export function postLabel(post: Pick<CommunityPost, 'title' | 'body'>): string {
  if (post.title) return post.title
  const body = post.body.replace(/[#*_>`[\]()!-]+/g, ' ').replace(/\s+/g, ' ').trim()
  return body.length > 80 ? `${body.slice(0, 79)}…` : body
}
