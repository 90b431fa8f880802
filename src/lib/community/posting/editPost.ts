import type { Payload } from 'payload'

import { asMember, idOf } from './asMember'
import { Refusal } from './refusal'
import { assertLinksWithinLimit } from './rules'
import type { EditInput, PostingOptions, PostingResult } from './types'
import { validEdit } from './validation'

/**
 * The author edits her post (title and tags too for an opening post). Payload keeps the previous
 * text as a version for moderators; `editedAt` tells readers it changed. Moderators edit through the
 * review queue, not here.
 */
export async function editPost(payload: Payload, memberId: number | null | undefined, postId: number, input: EditInput, options: PostingOptions = {}): Promise<PostingResult> {
  return asMember(payload, memberId, options, async ({ req, member, rules, now }) => {
    const post = await payload.findByID({ collection: 'community-posts', id: postId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!post) throw new Refusal('postNotFound')
    if (idOf(post.author) !== member.id) throw new Refusal('notAuthor')
    if (post.state === 'removed') throw new Refusal('removed')
    const threadId = idOf(post.thread) ?? post.id
    const thread = post.thread ? await payload.findByID({ collection: 'community-posts', id: threadId, depth: 0, overrideAccess: true, req, disableErrors: true }) : post
    if (thread?.locked) throw new Refusal('locked')

    const opening = !post.thread
    const edit = validEdit({ body: input.body, ...(opening ? { title: input.title ?? post.title ?? '', tags: input.tags ?? post.tags ?? [] } : {}) })
    assertLinksWithinLimit(member, rules, edit.body)
    const updated = await payload.update({
      collection: 'community-posts',
      id: post.id,
      overrideAccess: true,
      depth: 0,
      req,
      data: { body: edit.body, editedAt: now.toISOString(), ...(opening ? { title: edit.title, tags: edit.tags } : {}) },
    })
    return { ok: true, postId: post.id, threadId, state: updated.state }
  })
}
