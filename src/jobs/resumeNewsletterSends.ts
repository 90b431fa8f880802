import type { TaskConfig } from 'payload'

import { resumeStalledSends } from '@/lib/newsletter/send/resume'

/** Every minute: queues the send again for an issue whose sending stopped (its heartbeat is stale). */
export const resumeNewsletterSendsTask: TaskConfig<{ input: object; output: { resumed: number } }> = {
  slug: 'resumeNewsletterSends',
  label: 'Resume interrupted newsletter sends',
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => ({ output: await resumeStalledSends(req.payload) }),
}
