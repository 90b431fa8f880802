import type { Payload } from 'payload'

/**
 * Runs the default queue until no job is left that may run now (jobs scheduled for later, like the
 * nightly ones, wait for their time). Test files share one database, so other files' jobs may be
 * queued too: a single `jobs.run` (10 jobs) would not reach this file's own.
 */
export async function drainJobs(payload: Payload): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const pending = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: 'default' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          { processing: { not_equals: true } },
          { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] },
        ],
      },
      overrideAccess: true,
    })
    if (pending.totalDocs === 0) return
    await payload.jobs.run({ silent: true, limit: 100 })
  }
  throw new Error('Jobs are still queued after 20 runs.')
}
