import type { TaskConfig } from 'payload'

import { sendAlertDigests } from '@/lib/funding/alerts/digest'
import { forgetStaleAlerts } from '@/lib/funding/alerts/purge'

/**
 * Every Monday morning: the weekly funding alert digests (new matches since the last digest and
 * deadlines within 14 days, to confirmed subscribers only), then the erasure of alerts never
 * confirmed or stopped a month ago. A digest already sent this week is never sent again, so a retry
 * sends only what failed.
 */
export const fundingAlertDigestTask: TaskConfig<{ input: object; output: { sent: number; empty: number; forgotten: number } }> = {
  slug: 'fundingAlertDigest',
  label: 'Send the weekly funding alert digests',
  schedule: [{ cron: '0 0 6 * * 1', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => {
    const run = await sendAlertDigests(req.payload)
    if (run.failed) throw new Error(`${run.failed} funding alert digest(s) could not be prepared; the job will retry them.`)
    const forgotten = await forgetStaleAlerts(req.payload)
    return { output: { sent: run.sent, empty: run.empty, forgotten } }
  },
}
