/**
 * Makes the queued schedule-publish jobs of one document due now, as the clock reaching their time
 * would: `node --import tsx/esm tests/support/e2e-due-jobs.ts <collection> <document id>`. The e2e
 * server's own jobs runner then runs them.
 */
import { readFileSync } from 'node:fs'

import { E2E_STATE_FILE } from './e2e-settings'

const [collection, id] = [process.argv[2], Number(process.argv[3])]
const state = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { DATABASE_URL: string; PAYLOAD_SECRET: string }
Object.assign(process.env, state, { JOBS_AUTORUN: 'false' })

const [{ getPayload }, { default: config }, { closePayload }] = await Promise.all([
  import('payload'),
  import('@payload-config'),
  import('@/db/closePayload'),
])
const payload = await getPayload({ config, disableOnInit: true })
const pending = await payload.find({
  collection: 'payload-jobs',
  where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
  overrideAccess: true,
  pagination: false,
})
// The admin stores the document's id as it got it (a number or a string).
const docs = pending.docs.filter((job) => {
  const doc = (job.input as { doc?: { relationTo?: string; value?: unknown } } | null)?.doc
  return doc?.relationTo === collection && Number(doc.value) === id
})
if (docs.length === 0) throw new Error(`No scheduled publication is queued for ${collection} ${id}.`)
for (const job of docs) {
  await payload.update({ collection: 'payload-jobs', id: job.id, overrideAccess: true, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
}
console.info(`${docs.length} scheduled job(s) of ${collection} ${id} are due now.`)
await closePayload(payload)
