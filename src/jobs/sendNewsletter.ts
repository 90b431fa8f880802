import type { TaskConfig } from 'payload'

import { runNewsletterSend } from '@/lib/newsletter/send/run'

/**
 * Sends one newsletter issue: freezes the recipient list (a delivery per subscriber, in fixed
 * batches), then sends batch after batch through Resend's batch API, each with an idempotency key of
 * its own. A send cut short (the process died) is picked up again by `resumeNewsletterSends`.
 */
export const sendNewsletterTask: TaskConfig<'sendNewsletter'> = {
  slug: 'sendNewsletter',
  label: 'Send a newsletter issue',
  inputSchema: [{ name: 'issue', type: 'number', required: true }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => ({ output: { sent: (await runNewsletterSend(req.payload, input.issue)).sent } }),
}
