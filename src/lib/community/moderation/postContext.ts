import type { Payload, PayloadRequest } from 'payload'

import type { CommunityPost } from '@/payload-types'
import { idOf } from './transaction'

export type PostForNotice = { id: number; threadId: number; title: string | null }

/** What an e-mail or page says of a post: its title, or its thread's for a reply, and where it lives. */
export async function postForNotice(payload: Payload, post: CommunityPost, req?: PayloadRequest): Promise<PostForNotice> {
  const threadId = idOf(post.thread)
  if (!threadId) return { id: post.id, threadId: post.id, title: post.title ?? null }
  const thread = await payload.findByID({ collection: 'community-posts', id: threadId, depth: 0, overrideAccess: true, select: { title: true }, req, disableErrors: true })
  return { id: post.id, threadId, title: thread?.title ?? null }
}
