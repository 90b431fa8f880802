import type { Payload } from 'payload'

/**
 * Stops the newsletter for addresses the provider reports as undeliverable (a hard bounce) or as
 * having marked our mail as spam: sending on would harm every other subscriber's delivery. Only
 * pending and confirmed addresses change; an unsubscribed one stays as its owner left it.
 * Returns how many subscribers were stopped.
 */
export async function markUndeliverable(payload: Payload, emails: string[], now = Date.now()): Promise<number> {
  const addresses = [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))].slice(0, 100)
  if (addresses.length === 0) return 0
  const { docs } = await payload.update({
    collection: 'subscribers',
    where: { and: [{ email: { in: addresses } }, { status: { in: ['pending', 'confirmed'] } }] },
    data: { status: 'bounced', bouncedAt: new Date(now).toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}
