import type { TaskConfig } from 'payload'

import { sendStoredEmail } from '@/email/transport'

const MAX_ATTEMPTS = 6

/**
 * Delivers one message from the outbox. A failure is recorded on the delivery and thrown, so that
 * Payload retries the job with exponential backoff (30 s, 1 min, 2 min …); after the last attempt the
 * delivery stays `failed` for an admin to see. A delivery already sent is never sent again.
 */
export const deliverEmailTask: TaskConfig<'deliverEmail'> = {
  slug: 'deliverEmail',
  label: 'Deliver an email',
  inputSchema: [{ name: 'deliveryId', type: 'number', required: true }],
  outputSchema: [{ name: 'providerId', type: 'text' }],
  retries: { attempts: MAX_ATTEMPTS, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const delivery = await payload.findByID({
      collection: 'email-deliveries',
      id: input.deliveryId,
      overrideAccess: true,
      req,
    })
    if (delivery.status === 'sent') return { output: { providerId: delivery.providerId ?? '' } }

    const attempts = (delivery.attempts ?? 0) + 1
    try {
      const { providerId } = await sendStoredEmail(delivery)
      await payload.update({
        collection: 'email-deliveries',
        id: delivery.id,
        overrideAccess: true,
        req,
        data: { status: 'sent', attempts, providerId, error: null, sentAt: new Date().toISOString() },
      })
      return { output: { providerId } }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      await payload.update({
        collection: 'email-deliveries',
        id: delivery.id,
        overrideAccess: true,
        // outside the job's transaction, which Payload rolls back when the task throws
        data: { status: 'failed', attempts, error: message },
      })
      throw error
    }
  },
}
