/**
 * Sends one newsletter issue from a process of its own, on the test run's database, so a test can
 * kill it half-way: `node --import tsx/esm tests/support/newsletter-send-worker.ts <issue id>` with
 * DATABASE_URL, PAYLOAD_SECRET, RESEND_API_KEY and RESEND_BASE_URL in its environment. Prints
 * "started" once connected.
 */
process.env.JOBS_AUTORUN = 'false'

const issueId = Number(process.argv[2])
const [{ getPayload }, { default: config }, { closePayload }, { runNewsletterSend }] = await Promise.all([
  import('payload'),
  import('@payload-config'),
  import('@/db/closePayload'),
  import('@/lib/newsletter/send/run'),
])
const payload = await getPayload({ config, disableOnInit: true })
console.log('started')
const result = await runNewsletterSend(payload, issueId)
console.log(JSON.stringify(result))
await closePayload(payload)

export {}
