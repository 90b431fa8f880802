import type { Payload, PayloadRequest } from 'payload'

import type { Member } from '@/payload-types'

/** When she asked for it in her settings, a member follows the threads she opens or replies to. */
export async function autoFollow(payload: Payload, member: Member, threadId: number, req: PayloadRequest): Promise<void> {
  if (!member.notifications?.autoFollowOwnThreads) return
  const existing = await payload.count({
    collection: 'community-follows',
    where: { and: [{ member: { equals: member.id } }, { thread: { equals: threadId } }] },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) return
  await payload.create({
    collection: 'community-follows',
    data: { member: member.id, thread: threadId, cadence: member.notifications.cadence ?? 'immediate' },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
