import type { TaskConfig } from 'payload'

import { lapseOffer } from '@/lib/events/registration/manage'

/**
 * Scheduled with each offer of a seat for the moment it lapses (`waitUntil`). Being a queued job,
 * it survives restarts; lapseOffer leaves an offer accepted in time alone, so a retry is harmless.
 */
export const lapseEventOfferTask: TaskConfig<'lapseEventOffer'> = {
  slug: 'lapseEventOffer',
  label: 'Pass a lapsed seat offer to the next person on the waiting list',
  inputSchema: [{ name: 'registrationId', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => ({ output: { outcome: (await lapseOffer(req.payload, input.registrationId)).outcome } }),
}
