import type { Payload } from 'payload'

/**
 * Erases the addresses nobody confirmed: a pending subscriber whose confirmation link has expired
 * (7 days) is personal data kept for nothing. Confirmed, unsubscribed and bounced addresses stay
 * (an unsubscribed or bounced one is what keeps the newsletter from reaching it again); staff erase
 * one on request. Returns how many went.
 */
export async function forgetUnconfirmedSubscribers(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'subscribers',
    where: { and: [{ status: { equals: 'pending' } }, { confirmExpiresAt: { less_than: now.toISOString() } }] },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}
