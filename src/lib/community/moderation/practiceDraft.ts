import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { toSlug } from '@/fields/slug'
import type { CommunityPost, Member } from '@/payload-types'
import { notifyMember } from './emails'
import type { PostActionInput } from './input'
import { logAction } from './log'
import type { ModerationResult } from './moderatePost'
import { idOf, inTransaction, lockPost, ModerationRefusal } from './transaction'

const SUMMARY_MAX = 600

/** Markdown source as plain text: links and images by their words, no markup, one line. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_~`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** At most `max` characters, cut at a word, with an ellipsis when cut. */
export function truncate(text: string, max = SUMMARY_MAX): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** The names of the members whose listed posts make the thread, in the order they first wrote; former members left out. */
export async function threadContributors(req: PayloadRequest, thread: CommunityPost): Promise<string[]> {
  const { docs: replies } = await req.payload.find({
    collection: 'community-posts',
    where: { and: [{ thread: { equals: thread.id } }, { listed: { equals: true } }] },
    sort: 'createdAt',
    depth: 0,
    limit: 2000,
    pagination: false,
    overrideAccess: true,
    select: { author: true },
    req,
  })
  const authorIds = [...(thread.listed ? [idOf(thread.author)] : []), ...replies.map((reply) => idOf(reply.author))].filter((id): id is number => id != null)
  const unique = [...new Set(authorIds)]
  if (!unique.length) return []
  const { docs: members } = await req.payload.find({
    collection: 'members',
    where: { id: { in: unique } },
    depth: 0,
    limit: unique.length,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
    req,
  })
  const names = new Map(members.map((member: Pick<Member, 'id' | 'name'>) => [member.id, member.name]))
  return unique.map((id) => names.get(id)).filter((name): name is string => Boolean(name?.trim())).map((name) => name.trim().slice(0, 120))
}

/**
 * A moderator turns a valuable thread into a practice DRAFT for the editorial workflow (state
 * `submitted`, never public until editors approve and publish it): the thread's title, a plain-text
 * summary of its opening post, the thread as its origin and the members who wrote its listed posts
 * as contributors. The thread points to the draft; the action is logged (`to_practice`) and the
 * thread's author told. Once per thread (409 after).
 */
export async function threadToPractice(
  payload: Payload,
  moderator: Pick<TypedUser, 'id'> & { collection?: string },
  threadId: number,
  input: Pick<PostActionInput, 'reason' | 'note'> = {},
): Promise<ModerationResult> {
  const user = { ...(moderator as TypedUser), collection: 'users' } as PayloadRequest['user']
  return inTransaction(
    payload,
    async (req) => {
      await lockPost(req, threadId)
      const thread = (await req.payload.findByID({ collection: 'community-posts', id: threadId, depth: 0, overrideAccess: true, req, disableErrors: true })) as CommunityPost | null
      if (!thread) throw new ModerationRefusal(404, 'moderationNotFound')
      if (thread.thread) throw new ModerationRefusal(409, 'moderationThreadOnly')
      if (thread.practiceDraft) throw new ModerationRefusal(409, 'moderationAlreadyPractice')
      if (thread.state !== 'published') throw new ModerationRefusal(409, 'moderationWrongState', { state: thread.state })

      const title = (thread.title ?? '').trim().slice(0, 200) || truncate(markdownToPlainText(thread.body), 80)
      const contributors = await threadContributors(req, thread)
      const practice = await req.payload.create({
        collection: 'practices',
        draft: true,
        overrideAccess: true,
        depth: 0,
        req,
        data: {
          title,
          summary: truncate(markdownToPlainText(thread.body)) || title,
          slug: `${toSlug(title).slice(0, 70).replace(/-+$/, '') || 'practice'}-${randomBytes(3).toString('hex')}`,
          workflowStatus: 'submitted',
          _status: 'draft',
          communityOrigin: { thread: thread.id, contributors },
        },
      })
      await req.payload.update({ collection: 'community-posts', id: threadId, data: { practiceDraft: practice.id }, overrideAccess: true, depth: 0, req })
      const authorId = idOf(thread.author)
      const row = await logAction(req, { action: 'to_practice', reason: input.reason, note: input.note, moderator: Number(moderator.id), post: threadId, member: authorId, practice: practice.id })
      await notifyMember(req, authorId, { action: 'to_practice', logId: row.id, post: { id: thread.id, threadId: thread.id, title: thread.title ?? null } })
      return { action: 'to_practice', logId: row.id, postId: threadId, memberId: authorId, practiceId: practice.id }
    },
    user,
  )
}
