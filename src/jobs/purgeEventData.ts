import type { TaskConfig } from 'payload'

import { purgeDueEditions } from '@/lib/events/purge'

/**
 * Every night: anonymises the personal data of each edition that ended more than its
 * `registration.purgeAfterDays` ago, keeping the counts (status, mode, country, role). Each edition
 * is purged in its own transaction and a purged edition is not purged again, so a retry is harmless.
 */
export const purgeEventDataTask: TaskConfig<{ input: object; output: { editions: number; registrations: number } }> = {
  slug: 'purgeEventData',
  label: 'Anonymise the personal data of past event editions',
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => {
    const results = await purgeDueEditions(req.payload)
    for (const result of results) {
      req.payload.logger.info({ msg: 'Event edition personal data anonymised', ...result })
    }
    return { output: { editions: results.length, registrations: results.reduce((sum, result) => sum + result.registrations, 0) } }
  },
}
