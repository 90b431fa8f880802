import type { PayloadRequest } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import type { ModerationAction } from '@/payload-types'
import type { ModerationActionKind, ModerationReason } from '../options'

export type LogEntry = {
  action: ModerationActionKind
  reason?: ModerationReason | null
  note?: string | null
  /** The moderator (staff user id); none for an automatic action. */
  moderator?: number | null
  post?: number | null
  /** The member acted on: the post's author, or the sanctioned member. */
  member?: number | null
  until?: string | null
  fromSpace?: number | null
  toSpace?: number | null
  practice?: number | null
}

/**
 * Writes one row of the moderation log in the caller's transaction (the collection refuses every
 * other writer), and marks the public monthly log stale.
 */
export async function logAction(req: PayloadRequest, entry: LogEntry): Promise<ModerationAction> {
  const row = await req.payload.create({
    collection: 'moderation-actions',
    overrideAccess: true,
    depth: 0,
    req,
    data: {
      action: entry.action,
      reason: entry.reason ?? undefined,
      note: entry.note?.trim() || undefined,
      moderator: entry.moderator ?? undefined,
      automatic: !entry.moderator,
      post: entry.post ?? undefined,
      member: entry.member ?? undefined,
      until: entry.until ?? undefined,
      fromSpace: entry.fromSpace ?? undefined,
      toSpace: entry.toSpace ?? undefined,
      practice: entry.practice ?? undefined,
    },
  })
  revalidate([cacheTags.moderationLog], { req })
  return row
}
