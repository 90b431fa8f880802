import type { TaskConfig } from 'payload'

import { fanOutPost } from '@/lib/community/notifications/fanOut'

/**
 * Queued in the transaction that publishes a community post: records a notification for each
 * follower (and the practice's contact for "ask the first movers") and emails those who want it at
 * once. Each notification is unique per member, post and kind, so a retry sends nothing twice.
 */
export const notifyCommunityTask: TaskConfig<'notifyCommunity'> = {
  slug: 'notifyCommunity',
  label: 'Tell followers of a new community post',
  inputSchema: [{ name: 'post', type: 'number', required: true }],
  outputSchema: [{ name: 'notified', type: 'number' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => ({ output: { notified: (await fanOutPost(req.payload, input.post)).notified } }),
}
