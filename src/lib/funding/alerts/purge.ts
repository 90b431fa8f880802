import type { Payload } from 'payload'

const DAY = 24 * 60 * 60 * 1000
/** How long a stopped alert is kept (so an admin can answer "why did I get this?"), then erased. */
export const UNSUBSCRIBED_KEPT_DAYS = 30

/**
 * Erases the personal data nobody needs any more: alerts whose confirmation link expired unused,
 * and alerts stopped more than 30 days ago. Returns how many went.
 */
export async function forgetStaleAlerts(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'funding-alerts',
    where: {
      or: [
        { and: [{ status: { equals: 'pending' } }, { confirmExpiresAt: { less_than: now.toISOString() } }] },
        { and: [{ status: { equals: 'unsubscribed' } }, { unsubscribedAt: { less_than: new Date(now.getTime() - UNSUBSCRIBED_KEPT_DAYS * DAY).toISOString() } }] },
      ],
    },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}
