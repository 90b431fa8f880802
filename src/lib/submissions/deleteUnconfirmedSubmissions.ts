import type { Payload } from 'payload'

import { CONFIRM_TOKEN_LIFETIME_MS } from './tokens'

/**
 * Deletes public submissions whose email address was not confirmed while the link worked (7 days):
 * nobody vouched for them, and they hold a stranger's name and address. Their workflow history goes
 * with them. Returns how many were deleted.
 */
export async function deleteUnconfirmedSubmissions(payload: Payload, now = Date.now(), limit = 100): Promise<number> {
  const { docs } = await payload.find({
    collection: 'practices',
    overrideAccess: true,
    depth: 0,
    limit,
    pagination: false,
    select: { createdAt: true },
    where: {
      and: [
        { 'submission.origin': { equals: 'public' } },
        { 'submission.emailConfirmedAt': { exists: false } },
        { createdAt: { less_than: new Date(now - CONFIRM_TOKEN_LIFETIME_MS).toISOString() } },
      ],
    },
  })
  for (const { id } of docs) {
    await payload.delete({ collection: 'practice-transitions', where: { practice: { equals: id } }, overrideAccess: true })
    await payload.delete({ collection: 'practices', id, overrideAccess: true })
  }
  return docs.length
}
