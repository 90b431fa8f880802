import type { TaskConfig } from 'payload'

import { remindEvaluators } from '@/lib/evaluation/reminders'

/** Every morning: reminds evaluators whose evaluation is due soon and not submitted (once per due date). */
export const remindEvaluatorsTask: TaskConfig<{ input: object; output: { reminded: number } }> = {
  slug: 'remindEvaluators',
  label: 'Remind evaluators of due evaluations',
  schedule: [{ cron: '0 0 7 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: { reminded: await remindEvaluators(req) } }),
}
