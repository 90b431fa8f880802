import type { TaskConfig } from 'payload'

import { sendEventReminders } from '@/lib/events/reminders'

/**
 * Every hour: the reminder a few days before an edition starts, and the streaming link to online
 * attendees. Each registration records when it got each message, so a retry or a second run sends
 * nothing twice.
 */
export const sendEventRemindersTask: TaskConfig<{ input: object; output: { reminders: number; streamingLinks: number } }> = {
  slug: 'sendEventReminders',
  label: 'Send event reminders and streaming links',
  schedule: [{ cron: '0 15 * * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => {
    const run = await sendEventReminders(req.payload)
    if (run.failed) throw new Error(`${run.failed} event reminder(s) or streaming link(s) could not be queued; the job will retry them.`)
    return { output: { reminders: run.reminders, streamingLinks: run.streamingLinks } }
  },
}
