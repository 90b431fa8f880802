/**
 * Newsletter throughput: recipients per second of one issue sent to RECIPIENTS confirmed subscribers
 * (10,000) through the real send service (audience frozen in one statement, one render per language,
 * batches of 100 through the Resend SDK's batch call) against the local Resend-compatible stub of the
 * tests, optionally answering after STUB_DELAY_MS (0) per batch as a remote API would. Prints the
 * figures and checks that every recipient was delivered exactly once. Its own database:
 *
 *   GKEC_DATA_DIR=.data-newsletter-bench node --import tsx/esm bench/newsletter-throughput.ts
 */
import { cpus, loadavg } from 'node:os'
import { getPayload } from 'payload'

import { closePayload } from '@/db/closePayload'
import { prepareEnvironment } from '@/lib/bootstrap/environment'
import { loadConfig } from '@/lib/bootstrap/loadConfig'
import { ResendStub } from '../tests/support/resendStub'
import { percentile } from './support/stats'

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000)
const STUB_DELAY_MS = Number(process.env.BENCH_STUB_DELAY_MS ?? 0)

async function main() {
  process.env.JOBS_AUTORUN = 'false'
  const stub = new ResendStub()
  stub.delayMs = STUB_DELAY_MS
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_bench'
  const { embedded } = await prepareEnvironment({ dev: true })
  const config = await loadConfig()
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    await payload.db.migrate()
    // Imported once the config is loaded (see loadConfig).
    const { runNewsletterSend } = await import('@/lib/newsletter/send/run')
    const { writeSendState } = await import('@/lib/newsletter/send/state')
    const { paragraphs } = await import('@/seed/richText')
    const run = Date.now().toString(36)
    // Earlier runs' subscribers leave the list, so each run sends to its own RECIPIENTS.
    await payload.db.pool.query(`UPDATE subscribers SET status = 'unsubscribed' WHERE status = 'confirmed'`)
    await payload.db.pool.query(
      `INSERT INTO subscribers (email, locale, status, confirmed_at, consent_at, consent_source, consent_text_version, updated_at, created_at)
       SELECT 'bench-' || $1 || '-' || g || '@example.org', (ARRAY['en','fr','es','pt'])[1 + g % 4]::enum_subscribers_locale, 'confirmed', now(), now(), 'bench', 'bench', now(), now()
         FROM generate_series(1, $2) g`,
      [run, RECIPIENTS],
    )
    const issue = await payload.create({
      collection: 'newsletter-issues',
      overrideAccess: true,
      locale: 'en',
      data: {
        title: `Bench ${run}`,
        subject: 'GKEC bench newsletter',
        sendStatus: 'draft',
        preheader: 'Throughput measurement',
        layout: [
          { blockType: 'hero', heading: 'Cities on the move', text: 'What the first movers learnt this month.', link: { label: 'Read more', url: '/en/practices' } },
          { blockType: 'richText', body: paragraphs('A paragraph of the kind a newsletter carries, long enough to weigh like one. '.repeat(8)) },
          { blockType: 'quote', quote: 'Sharing what worked saves everyone years.', author: 'A mayor' },
          { blockType: 'cta', heading: 'Join the exchange', link: { label: 'Sign up', url: '/en/newsletter' } },
        ],
        _status: 'published',
      },
    })
    await writeSendState(payload.db.pool, issue.id, { send_status: 'scheduled', send_at: new Date() })

    console.log(`GKEC newsletter throughput — ${RECIPIENTS} recipients in 4 languages, Resend stub answering after ${STUB_DELAY_MS} ms`)
    console.log(`machine: load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${cpus().length} CPUs`)
    const started = performance.now()
    const result = await runNewsletterSend(payload, issue.id)
    const seconds = (performance.now() - started) / 1000

    const batches = stub.delivered.filter((request) => request.idempotencyKey?.startsWith(`newsletter-${issue.id}-`))
    const recipients = stub.deliveredRecipients((request) => batches.includes(request))
    const sizes = batches.map((request) => JSON.stringify(request.body).length / 1024)
    console.log(`${(result.sent / seconds).toFixed(0)} recipients per second (${result.sent} sent in ${seconds.toFixed(1)} s, ${result.failed} failed)`)
    console.log(`${batches.length} batch calls; request body p50 ${percentile(sizes, 50).toFixed(0)} KiB, max ${Math.max(...sizes).toFixed(0)} KiB`)
    const once = new Set(recipients).size === recipients.length && recipients.length === RECIPIENTS
    console.log(`invariant: ${recipients.length} messages to ${new Set(recipients).size} addresses (expected ${RECIPIENTS} once each) — ${once ? 'holds' : 'BROKEN'}`)
  } finally {
    payload.db.pool?.on('error', () => undefined)
    await closePayload(payload)
    await embedded?.stop()
    await stub.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
