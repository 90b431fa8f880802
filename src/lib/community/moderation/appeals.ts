import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import { sqlRunner } from '@/lib/practices/database'
import type { CommunityAppeal, CommunityPost, ModerationAction, User } from '@/payload-types'
import { APPEALABLE_ACTIONS, notifyAppealModerator, notifyMember } from './emails'
import { appealDecisionInput } from './input'
import { logAction } from './log'
import { type ModerationResult, refuseNonModerator } from './moderatePost'
import { postForNotice } from './postContext'
import { idOf, inTransaction, ModerationRefusal } from './transaction'
import { parseOrRefuse } from './validate'

const POST_ACTIONS: ReadonlySet<string> = new Set(['reject', 'hide', 'auto_hide', 'remove'])

export type AppealableAction = {
  id: number
  action: ModerationAction['action']
  reason: ModerationAction['reason']
  createdAt: string
  /** The post concerned (its title, or its thread's for a reply), or null for a sanction on the account. */
  post: { id: number; threadId: number; title: string | null } | null
  until: string | null
  appealed: boolean
}

/**
 * The moderation action a member may appeal: one about her (her post's removal or hiding, or a
 * sanction on her account), of a kind that can be appealed. Null for anything else, so that the
 * page answers "not found" whether the action exists or not.
 */
export async function appealableAction(payload: Payload, memberId: number, actionId: number): Promise<AppealableAction | null> {
  if (!Number.isInteger(actionId) || actionId <= 0) return null
  const row = (await payload.findByID({ collection: 'moderation-actions', id: actionId, depth: 0, overrideAccess: true, disableErrors: true })) as ModerationAction | null
  if (!row || idOf(row.member) !== memberId || !APPEALABLE_ACTIONS.has(row.action)) return null
  const appeals = await payload.count({ collection: 'community-appeals', where: { action: { equals: actionId } }, overrideAccess: true })
  const postId = idOf(row.post)
  const post = postId ? ((await payload.findByID({ collection: 'community-posts', id: postId, depth: 0, overrideAccess: true, disableErrors: true })) as CommunityPost | null) : null
  return {
    id: row.id,
    action: row.action,
    reason: row.reason,
    createdAt: row.createdAt,
    post: post ? await postForNotice(payload, post) : null,
    until: row.until ?? null,
    appealed: appeals.totalDocs > 0,
  }
}

/**
 * The moderator who decides an appeal: never the one who acted; among the others, the one with the
 * fewest open appeals (then the fewest ever assigned, then the oldest account), so the work is
 * shared round the team. Null when there is no other moderator.
 */
export async function pickAppealModerator(req: PayloadRequest, excludeId: number | null): Promise<number | null> {
  const db = await sqlRunner(req.payload, req)
  const { rows } = await db.execute(sql`
    SELECT u.id,
           count(a.id) FILTER (WHERE a.status = 'open') AS open_appeals,
           count(a.id) AS all_appeals
    FROM users u
    LEFT JOIN community_appeals a ON a.assigned_to_id = u.id
    WHERE EXISTS (SELECT 1 FROM users_roles r WHERE r.parent_id = u.id AND r.value IN ('moderator', 'admin'))
      AND u.id <> ${excludeId ?? -1}
    GROUP BY u.id
    ORDER BY open_appeals ASC, all_appeals ASC, u.id ASC
    LIMIT 1`)
  return rows[0] ? Number(rows[0].id) : null
}

export const appealText = z.string().trim().min(1, 'required').max(2000, 'too_long')

export type AppealOutcome = { outcome: 'sent'; appealId: number; assignedTo: number | null } | { outcome: 'already' | 'not_found' | 'required' | 'too_long' }

/**
 * A member appeals once against an action about her, with text. The appeal is assigned to a
 * moderator other than the one who acted (any moderator for an automatic hide), who is told by
 * e-mail. A second appeal against the same action answers "already" (the database holds one per action).
 */
export async function createAppeal(payload: Payload, memberId: number, actionId: number, text: unknown): Promise<AppealOutcome> {
  const parsed = appealText.safeParse(typeof text === 'string' ? text : '')
  if (!parsed.success) return { outcome: parsed.error.issues[0]?.message === 'too_long' ? 'too_long' : 'required' }
  const action = await appealableAction(payload, memberId, actionId)
  if (!action) return { outcome: 'not_found' }
  if (action.appealed) return { outcome: 'already' }
  try {
    return await inTransaction(payload, async (req) => {
      const row = (await req.payload.findByID({ collection: 'moderation-actions', id: actionId, depth: 0, overrideAccess: true, req })) as ModerationAction
      const assignedTo = await pickAppealModerator(req, idOf(row.moderator))
      const appeal = await req.payload.create({
        collection: 'community-appeals',
        overrideAccess: true,
        depth: 0,
        req,
        data: { action: actionId, appellant: memberId, text: parsed.data, status: 'open', assignedTo: assignedTo ?? undefined },
      })
      await notifyAppealModerator(req, assignedTo)
      return { outcome: 'sent' as const, appealId: appeal.id, assignedTo }
    })
  } catch (error) {
    if (/unique|duplicate/i.test(String((error as { message?: string })?.message ?? ''))) return { outcome: 'already' }
    throw error
  }
}

/** Undoes what an upheld appeal was about: the post is published again, or the sanction lifted. */
async function undo(req: PayloadRequest, action: ModerationAction): Promise<void> {
  const postId = idOf(action.post)
  if (POST_ACTIONS.has(action.action) && postId) {
    const post = await req.payload.findByID({ collection: 'community-posts', id: postId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!post || post.state === 'published') return
    await req.payload.update({
      collection: 'community-flags',
      where: { and: [{ post: { equals: postId } }, { status: { equals: 'open' } }] },
      data: { status: 'dismissed' },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await req.payload.update({ collection: 'community-posts', id: postId, data: { state: 'published', stateReason: null, stateNote: null, flagCount: 0 }, overrideAccess: true, depth: 0, req })
    return
  }
  const memberId = idOf(action.member)
  if ((action.action === 'silence' || action.action === 'suspend') && memberId) {
    const member = await req.payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!member) return
    const field = action.action === 'silence' ? 'silencedUntil' : 'suspendedUntil'
    const other = action.action === 'silence' ? member.moderation?.suspendedUntil : member.moderation?.silencedUntil
    const otherRunning = Boolean(other && new Date(other).getTime() > Date.now())
    await req.payload.update({
      collection: 'members',
      id: memberId,
      data: { moderation: { ...member.moderation, [field]: null, ...(otherRunning ? {} : { sanctionReason: null }) } },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}

/**
 * A moderator decides an appeal: upheld undoes the action (the post published again, or the
 * sanction lifted) and is logged `appeal_upheld`; denied is logged `appeal_denied`. The member is
 * told the outcome. The moderator who took the original action is refused (403), admin or not; a
 * decided appeal cannot be decided again (409).
 */
export async function decideAppeal(payload: Payload, moderatorUserId: number, appealId: number, input: unknown): Promise<ModerationResult> {
  const user = (await payload.findByID({ collection: 'users', id: moderatorUserId, depth: 0, overrideAccess: true, disableErrors: true })) as User | null
  refuseNonModerator(user ? { ...user, collection: 'users' } : null)
  const data = parseOrRefuse(appealDecisionInput, input)
  return inTransaction(payload, async (req) => {
    const db = await sqlRunner(req.payload, req)
    await db.execute(sql`SELECT id FROM community_appeals WHERE id = ${appealId} FOR UPDATE`)
    const appeal = (await req.payload.findByID({ collection: 'community-appeals', id: appealId, depth: 0, overrideAccess: true, req, disableErrors: true })) as CommunityAppeal | null
    if (!appeal) throw new ModerationRefusal(404, 'appealNotFound')
    const action = (await req.payload.findByID({ collection: 'moderation-actions', id: idOf(appeal.action) as number, depth: 0, overrideAccess: true, req })) as ModerationAction
    if (idOf(action.moderator) === moderatorUserId) throw new ModerationRefusal(403, 'appealOwnAction')
    if (appeal.status !== 'open') throw new ModerationRefusal(409, 'appealAlreadyDecided')

    if (data.outcome === 'upheld') await undo(req, action)
    const now = new Date().toISOString()
    await req.payload.update({
      collection: 'community-appeals',
      id: appealId,
      data: { status: data.outcome, decidedBy: moderatorUserId, decisionNote: data.note ?? null, decidedAt: now },
      overrideAccess: true,
      depth: 0,
      req,
    })
    const kind = data.outcome === 'upheld' ? 'appeal_upheld' : 'appeal_denied'
    const postId = idOf(action.post)
    const memberId = idOf(appeal.appellant) ?? idOf(action.member)
    const row = await logAction(req, { action: kind, reason: 'appeal', note: data.note, moderator: moderatorUserId, post: postId, member: memberId })
    const post = postId ? ((await req.payload.findByID({ collection: 'community-posts', id: postId, depth: 0, overrideAccess: true, req, disableErrors: true })) as CommunityPost | null) : null
    await notifyMember(req, memberId, { action: kind, logId: row.id, note: data.note, post: post ? await postForNotice(req.payload, post, req) : null })
    return { action: kind, logId: row.id, postId: postId ?? undefined, memberId }
  })
}
