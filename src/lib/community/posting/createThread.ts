import type { Payload, PayloadRequest } from 'payload'

import { asMember } from './asMember'
import { autoFollow } from './follow'
import { Refusal } from './refusal'
import { assertDailyLimit, assertLinksWithinLimit, isHeld } from './rules'
import type { PostingOptions, PostingResult, ThreadInput } from './types'
import { validThread } from './validation'

/** Only published practices, existing cities and themes are linked; anything else is dropped. */
async function existingIds(payload: Payload, collection: 'practices' | 'themes' | 'cities', ids: number[], req: PayloadRequest): Promise<number[]> {
  if (ids.length === 0) return []
  const published = collection === 'practices' ? [{ _status: { equals: 'published' } }] : []
  const { docs } = await payload.find({ collection, where: { and: [{ id: { in: ids } }, ...published] }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req })
  const found = new Set(docs.map((doc) => doc.id))
  return ids.filter((id) => found.has(id))
}

/**
 * A member opens a thread in a space: the rules (sanctions, daily limit, links) are checked under a
 * lock on her account; a new member's thread waits for review.
 */
export async function createThread(payload: Payload, memberId: number | null | undefined, input: ThreadInput, options: PostingOptions = {}): Promise<PostingResult> {
  return asMember(payload, memberId, options, async ({ req, member, rules, now, locale }) => {
    const thread = validThread(input)
    const space = await payload.findByID({ collection: 'community-spaces', id: thread.space, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!space) throw new Refusal('invalid', {}, { space: 'spaceNotFound' })
    assertLinksWithinLimit(member, rules, thread.body)
    await assertDailyLimit(payload, member, rules, 'threads', now, locale, req)

    const practices = await existingIds(payload, 'practices', thread.practices, req)
    const [city] = thread.city ? await existingIds(payload, 'cities', [thread.city], req) : []
    const themes = thread.kind === 'twinning' ? await existingIds(payload, 'themes', thread.themes, req) : []
    if (thread.kind === 'twinning' && themes.length === 0) throw new Refusal('invalid', {}, { themes: 'themesRequired' })

    const post = await payload.create({
      collection: 'community-posts',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        space: space.id,
        kind: thread.kind,
        title: thread.title,
        body: thread.body,
        tags: thread.tags,
        practices,
        city: city ?? null,
        twinningThemes: themes,
        author: member.id,
        state: isHeld(member, rules) ? 'pending' : 'published',
        replyCount: 0,
        lastActivityAt: now.toISOString(),
        createdAt: now.toISOString(),
      },
    })
    await autoFollow(payload, member, post.id, req)
    return { ok: true, postId: post.id, threadId: post.id, state: post.state }
  })
}

