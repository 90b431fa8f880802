/**
 * Queues a scheduled publish of one page on the e2e server's database, as the admin panel's
 * "schedule publish" does: `node --import tsx/esm tests/support/e2e-schedule-publish.ts <page id>`.
 * The e2e server's own jobs runner then publishes it.
 */
import { readFileSync } from 'node:fs'

import { E2E_STATE_FILE } from './e2e-settings'

const pageId = Number(process.argv[2])
const state = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { DATABASE_URL: string; PAYLOAD_SECRET: string }
Object.assign(process.env, state, { JOBS_AUTORUN: 'false' })

const [{ getPayload }, { default: config }, { closePayload }] = await Promise.all([
  import('payload'),
  import('@payload-config'),
  import('@/db/closePayload'),
])
const payload = await getPayload({ config, disableOnInit: true })
await payload.jobs.queue({
  task: 'schedulePublish',
  input: { type: 'publish', doc: { relationTo: 'pages', value: pageId } },
  waitUntil: new Date(Date.now() + 1000),
})
await closePayload(payload)
