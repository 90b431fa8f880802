import { z } from 'zod'
import type { Payload, PayloadRequest } from 'payload'

import { hitRateLimit, rateLimitKey } from '@/lib/security/rateLimit'
import type { CommunityPost } from '@/payload-types'
import { FLAG_REASONS, type FlagReason } from '../options'
import { communityRules } from '../settings'
import { notifyMember } from './emails'
import { logAction } from './log'
import { postForNotice } from './postContext'
import { canFlag } from './sanctions'
import { idOf, inTransaction, lockPost } from './transaction'

export const flagInput = z
  .object({
    reason: z.enum(Object.keys(FLAG_REASONS) as [FlagReason, ...FlagReason[]]),
    text: z.string().trim().max(1000).optional().default(''),
  })
  .refine((value) => value.reason !== 'other' || value.text.length > 0, { path: ['text'], message: 'text_required' })

export type FlagOutcome =
  | { outcome: 'flagged'; hidden: boolean }
  | { outcome: 'already' | 'own' | 'sanctioned' | 'not_found' | 'invalid' | 'text_required' | 'rate_limited' | 'signed_out' }

/** At most this many flags per member per hour (a member flagging everything in sight is stopped). */
export const FLAG_RATE_LIMIT = { limit: 20, windowSeconds: 3600 }

/** The most common reason among flags; ties go to the reason listed first (spam before other). */
export function commonestReason(reasons: FlagReason[]): FlagReason {
  const counts = new Map<FlagReason, number>()
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  const order = Object.keys(FLAG_REASONS) as FlagReason[]
  return order.reduce<FlagReason>((best, reason) => ((counts.get(reason) ?? 0) > (counts.get(best) ?? 0) ? reason : best), order[0])
}

async function openFlags(req: PayloadRequest, postId: number) {
  const { docs } = await req.payload.find({
    collection: 'community-flags',
    where: { and: [{ post: { equals: postId } }, { status: { equals: 'open' } }] },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

/**
 * A member flags a post with a reason (text required with "other"). Not her own post, not while
 * silenced or suspended, once per post (a second flag answers "already"), and only a post she can
 * see (published and listed). The post's open-flag count is recomputed; when open flags from
 * distinct members reach the community's threshold, the post is hidden (its reason: the commonest
 * flag reason), the hide is logged as automatic and its author is told why by e-mail — all in one
 * transaction, with the post's row held so that concurrent flags count once each.
 */
export async function flagPost(payload: Payload, memberId: number | null | undefined, postId: number, input: unknown): Promise<FlagOutcome> {
  if (!memberId) return { outcome: 'signed_out' }
  const parsed = flagInput.safeParse(input)
  if (!parsed.success) return { outcome: parsed.error.issues.some((issue) => issue.message === 'text_required') ? 'text_required' : 'invalid' }
  const member = await payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!member) return { outcome: 'signed_out' }
  if (!canFlag(member).allowed) return { outcome: 'sanctioned' }

  const limit = await hitRateLimit(payload, { key: rateLimitKey('community-flag:member', String(memberId)), ...FLAG_RATE_LIMIT })
  if (!limit.allowed) return { outcome: 'rate_limited' }

  try {
    return await inTransaction(payload, async (req): Promise<FlagOutcome> => {
      await lockPost(req, postId)
      const post = (await req.payload.findByID({ collection: 'community-posts', id: postId, depth: 0, overrideAccess: true, req, disableErrors: true })) as CommunityPost | null
      if (!post || post.state !== 'published' || !post.listed) return { outcome: 'not_found' }
      if (idOf(post.author) === memberId) return { outcome: 'own' }
      const existing = await req.payload.count({
        collection: 'community-flags',
        where: { and: [{ post: { equals: postId } }, { member: { equals: memberId } }] },
        overrideAccess: true,
        req,
      })
      if (existing.totalDocs > 0) return { outcome: 'already' }

      await req.payload.create({
        collection: 'community-flags',
        overrideAccess: true,
        depth: 0,
        req,
        data: { post: postId, member: memberId, reason: parsed.data.reason, text: parsed.data.text || undefined, status: 'open' },
      })
      const open = await openFlags(req, postId)
      const flaggers = new Set(open.map((flag) => idOf(flag.member)).filter((id): id is number => id != null))
      const rules = await communityRules(req.payload, req)
      const hide = flaggers.size >= rules.flagsToHide
      const reason = commonestReason(open.map((flag) => flag.reason))
      await req.payload.update({
        collection: 'community-posts',
        id: postId,
        overrideAccess: true,
        depth: 0,
        req,
        data: hide ? { flagCount: open.length, state: 'hidden', stateReason: reason, stateNote: null } : { flagCount: open.length },
      })
      if (hide) {
        const authorId = idOf(post.author)
        const row = await logAction(req, { action: 'auto_hide', reason, post: postId, member: authorId })
        await notifyMember(req, authorId, { action: 'auto_hide', logId: row.id, reason, post: await postForNotice(req.payload, post, req) })
      }
      return { outcome: 'flagged', hidden: hide }
    })
  } catch (error) {
    // Two flags by the same member at the same instant: the unique index refuses the second.
    if (/unique|duplicate/i.test(String((error as { message?: string })?.message ?? ''))) return { outcome: 'already' }
    throw error
  }
}
