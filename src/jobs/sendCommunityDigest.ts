import type { TaskConfig } from 'payload'

import { sendDailyDigests } from '@/lib/community/notifications/digest'

/** Every morning (07:00 UTC): one email per member gathering what she follows at the daily cadence. */
export const sendCommunityDigestTask: TaskConfig<{ input: object; output: { digests: number } }> = {
  slug: 'sendCommunityDigest',
  label: 'Send the community daily digests',
  schedule: [{ cron: '0 0 7 * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => ({ output: await sendDailyDigests(req.payload) }),
}
