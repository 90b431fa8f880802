import type { Payload, TypedUser } from 'payload'

import type { Member } from '@/payload-types'
import { notifyMember } from './emails'
import { memberActionInput, REASON_REQUIRED } from './input'
import { logAction } from './log'
import { type ModerationResult, refuseNonModerator } from './moderatePost'
import { canPost } from './sanctions'
import { inTransaction, lockMember, ModerationRefusal } from './transaction'
import { parseOrRefuse } from './validate'

const DAY = 86_400_000

/**
 * A moderator acts on a member: silence (she reads, cannot post or flag) or suspend (nor follow)
 * for 1–365 days (or until a date within a year) with a reason, lift a running sanction, or grant the "verified city official"
 * badge on evidence (kept for moderators only). Logged and told to the member, in one transaction.
 * `sanctionReason` holds the MODERATION_REASONS key of the running sanction.
 */
export async function moderateMember(
  payload: Payload,
  moderator: (Pick<TypedUser, 'id'> & { collection?: string; roles?: unknown }) | null | undefined,
  memberId: number,
  input: unknown,
  now: Date = new Date(),
): Promise<ModerationResult> {
  refuseNonModerator(moderator)
  const data = parseOrRefuse(memberActionInput, input)
  if (REASON_REQUIRED.has(data.action) && !data.reason) throw new ModerationRefusal(400, 'moderationReasonRequired')
  const sanctionEnd = data.days ? new Date(now.getTime() + data.days * DAY) : data.until
  if ((data.action === 'silence' || data.action === 'suspend') && !(sanctionEnd && sanctionEnd.getTime() > now.getTime() && sanctionEnd.getTime() <= now.getTime() + 365 * DAY)) {
    throw new ModerationRefusal(400, 'moderationDaysRequired')
  }
  const moderatorId = Number(moderator.id)

  return inTransaction(payload, async (req) => {
    await lockMember(req, memberId)
    const member = (await req.payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true, req, disableErrors: true })) as Member | null
    if (!member) throw new ModerationRefusal(404, 'moderationNotFound')
    const moderation = member.moderation ?? {}
    let until: string | null = null
    let reason = data.reason ?? null
    let changes: Partial<Member> = {}

    switch (data.action) {
      case 'silence':
      case 'suspend':
        until = (sanctionEnd as Date).toISOString()
        changes = { moderation: { ...moderation, [data.action === 'silence' ? 'silencedUntil' : 'suspendedUntil']: until, sanctionReason: data.reason } }
        break
      case 'lift_sanction':
        if (canPost(member, now).allowed) throw new ModerationRefusal(409, 'moderationNoSanction')
        changes = { moderation: { ...moderation, silencedUntil: null, suspendedUntil: null, sanctionReason: null } }
        break
      case 'verify_official': {
        const evidence = data.evidence ?? member.verificationEvidence ?? ''
        if (!evidence.trim()) throw new ModerationRefusal(400, 'moderationEvidenceRequired')
        reason = reason ?? 'evidence'
        changes = {
          verificationEvidence: evidence,
          moderation: { ...moderation, verifiedOfficial: true, verifiedAt: now.toISOString(), verifiedBy: moderatorId },
        }
        break
      }
    }
    await req.payload.update({ collection: 'members', id: memberId, data: changes, overrideAccess: true, depth: 0, req })
    const row = await logAction(req, { action: data.action, reason, note: data.note, moderator: moderatorId, member: memberId, until })
    await notifyMember(req, memberId, { action: data.action, logId: row.id, reason, note: data.note, until })
    return { action: data.action, logId: row.id, memberId }
  })
}
