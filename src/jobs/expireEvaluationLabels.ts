import type { TaskConfig } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'

const DAY = 24 * 60 * 60 * 1000

/**
 * Every night: a label that expired since the day before disappears from the cached practice pages
 * and repository (the search and pages compare the expiry with the time of the request already;
 * this refreshes what was cached before it).
 */
export const expireEvaluationLabelsTask: TaskConfig<{ input: object; output: { expired: number } }> = {
  slug: 'expireEvaluationLabels',
  label: 'Refresh pages whose evaluation label expired',
  schedule: [{ cron: '0 5 0 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    const now = Date.now()
    const { docs } = await req.payload.find({
      collection: 'scorecards',
      where: {
        and: [
          { labelExpiresAt: { less_than_equal: new Date(now).toISOString() } },
          { labelExpiresAt: { greater_than: new Date(now - 2 * DAY).toISOString() } },
        ],
      },
      depth: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const slugs = docs.flatMap((scorecard) => (typeof scorecard.practice === 'object' && scorecard.practice.slug ? [scorecard.practice.slug] : []))
    if (docs.length) revalidate([cacheTags.practices, ...slugs.map(cacheTags.practice)], { req })
    return { output: { expired: docs.length } }
  },
}
