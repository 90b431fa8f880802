import type { TaskConfig } from 'payload'

import { deleteOldRateLimitHits } from '@/lib/security/rateLimit'
import { deleteUnconfirmedSubmissions } from '@/lib/submissions/deleteUnconfirmedSubmissions'

/**
 * Every night: deletes public submissions whose email address was not confirmed within 7 days, and
 * forgets rate-limit windows that ended long ago.
 *
 * NOT REGISTERED YET: adding a task adds a value to the `payload_jobs.task_slug` enums and scheduling
 * adds `payload_jobs.meta`, which needs a migration. Until then the same work runs after
 * submissions (`lib/submissions/maintenance.ts`).
 */
export const deleteUnconfirmedSubmissionsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'deleteUnconfirmedSubmissions',
  label: 'Delete unconfirmed practice submissions',
  schedule: [{ cron: '0 15 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    await deleteOldRateLimitHits(req.payload)
    let deleted = 0
    for (let batch = await deleteUnconfirmedSubmissions(req.payload); batch > 0; batch = await deleteUnconfirmedSubmissions(req.payload)) {
      deleted += batch
    }
    return { output: { deleted } }
  },
}
