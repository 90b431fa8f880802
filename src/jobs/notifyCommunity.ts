import type { TaskConfig } from 'payload'

import { fanOutPost, notifySolution } from '@/lib/community/notifications/fanOut'

/**
 * Queued in the transaction that publishes a community post: records a notification for each
 * follower (and the practice's contact for "ask the first movers") and emails those who want it at
 * once. Each notification is unique per member, post and kind, so a retry sends nothing twice.
 * Also queued when a reply is chosen as a question's solution (src/lib/community/posting/markSolution.ts).
 */
export const notifyCommunityTask: TaskConfig<'notifyCommunity'> = {
  slug: 'notifyCommunity',
  label: 'Tell followers of a new community post',
  // `solution`: the post is a reply just chosen as its question's solution; tell its author.
  inputSchema: [
    { name: 'post', type: 'number', required: true },
    { name: 'solution', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'notified', type: 'number' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { notified } = input.solution ? await notifySolution(req.payload, input.post) : await fanOutPost(req.payload, input.post)
    return { output: { notified } }
  },
}
