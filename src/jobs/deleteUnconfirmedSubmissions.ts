import type { TaskConfig } from 'payload'

import { forgetUnconfirmedSubscribers } from '@/lib/newsletter/subscribers/purge'
import { deleteOldRateLimitHits } from '@/lib/security/rateLimit'
import { deleteUnconfirmedSubmissions } from '@/lib/submissions/deleteUnconfirmedSubmissions'

/**
 * Every night: deletes public submissions and newsletter sign-ups whose email address was not
 * confirmed within 7 days, and forgets rate-limit windows that ended long ago.
 * The same work also runs after submissions (`lib/submissions/maintenance.ts`), so a busy form never
 * piles up counters between two nights.
 */
export const deleteUnconfirmedSubmissionsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'deleteUnconfirmedSubmissions',
  label: 'Delete unconfirmed practice submissions and newsletter sign-ups',
  schedule: [{ cron: '0 15 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    await deleteOldRateLimitHits(req.payload)
    let deleted = 0
    for (let batch = await deleteUnconfirmedSubmissions(req.payload); batch > 0; batch = await deleteUnconfirmedSubmissions(req.payload)) {
      deleted += batch
    }
    deleted += await forgetUnconfirmedSubscribers(req.payload)
    return { output: { deleted } }
  },
}
