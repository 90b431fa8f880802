import type { Member } from '@/payload-types'

export type Restriction = { allowed: true } | { allowed: false; sanction: 'suspended' | 'silenced'; until: string }

const activeUntil = (value: string | null | undefined, now: Date): string | null =>
  value && new Date(value).getTime() > now.getTime() ? value : null

/**
 * Whether a member may post (threads, replies, edits) and flag: not while suspended or silenced.
 * Either way she may still read and appeal.
 */
export function canPost(member: Pick<Member, 'moderation'>, now: Date = new Date()): Restriction {
  const suspended = activeUntil(member.moderation?.suspendedUntil, now)
  if (suspended) return { allowed: false, sanction: 'suspended', until: suspended }
  const silenced = activeUntil(member.moderation?.silencedUntil, now)
  if (silenced) return { allowed: false, sanction: 'silenced', until: silenced }
  return { allowed: true }
}

/** Flagging follows the same rule as posting. */
export const canFlag = canPost
