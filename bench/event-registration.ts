/**
 * Registrations per second under a burst: REGISTRANTS people (500) register at the same moment for
 * an edition with SEATS in-person seats (100), through the same service the registration form calls
 * (row lock on the edition, the registration and its e-mail in one transaction). Prints throughput,
 * each registration's latency (p50/p95/max, queueing included) and checks the invariants: exactly
 * SEATS confirmed, the rest waitlisted in places 1..n, one queued e-mail each. Its own database:
 *
 *   GKEC_DATA_DIR=.data-event-bench node --import tsx/esm bench/event-registration.ts
 */
import { cpus, loadavg } from 'node:os'
import { getPayload } from 'payload'

import { closePayload } from '@/db/closePayload'
import { prepareEnvironment } from '@/lib/bootstrap/environment'
import { loadConfig } from '@/lib/bootstrap/loadConfig'
import { percentile } from './support/stats'

const REGISTRANTS = Number(process.env.BENCH_REGISTRANTS ?? 500)
const SEATS = Number(process.env.BENCH_SEATS ?? 100)

async function main() {
  process.env.JOBS_AUTORUN = 'false'
  const { embedded } = await prepareEnvironment({ dev: true })
  const config = await loadConfig()
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    await payload.db.migrate()
    // Imported once the config is loaded (see loadConfig).
    const { register } = await import('@/lib/events/registration/register')
    const { registrationInput } = await import('@/lib/events/registration/schema')
    const run = Date.now().toString(36)
    const edition = await payload.create({
      collection: 'event-editions',
      overrideAccess: true,
      context: { disableRevalidate: true },
      data: {
        title: `Bench ${run}`,
        slug: `bench-${run}`,
        year: 2027,
        format: 'in_person',
        stage: 'registration_open',
        startsAt: '2027-06-14T07:00:00.000Z',
        endsAt: '2027-06-15T15:00:00.000Z',
        timeZone: 'Europe/Brussels',
        capacity: { inPerson: SEATS, online: 0 },
        registration: { offerHours: 48, purgeAfterDays: 90, reminderDaysBefore: 3 },
        _status: 'published',
      },
    })
    const people = Array.from({ length: REGISTRANTS }, (_, index) =>
      registrationInput.parse({ name: `Person ${index}`, email: `bench-${run}-${index}@example.org`, attendanceMode: 'in_person', privacyConsent: true }),
    )
    console.log(`GKEC event registration — ${REGISTRANTS} people at once for ${SEATS} seats`)
    console.log(`machine: load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${cpus().length} CPUs`)
    const latencies: number[] = []
    const started = performance.now()
    const outcomes = await Promise.all(
      people.map(async (person) => {
        const begun = performance.now()
        const outcome = await register(payload, edition.slug, person)
        latencies.push(performance.now() - begun)
        return outcome
      }),
    )
    const seconds = (performance.now() - started) / 1000
    const confirmed = outcomes.filter((outcome) => outcome.outcome === 'confirmed').length
    const positions = outcomes.flatMap((outcome) => ('position' in outcome && outcome.position ? [outcome.position] : [])).sort((a, b) => a - b)
    const mails = await payload.count({ collection: 'email-deliveries', where: { to: { contains: `bench-${run}-` } }, overrideAccess: true })
    console.log(`${(REGISTRANTS / seconds).toFixed(1)} registrations per second (${seconds.toFixed(1)} s in all)`)
    console.log(`latency per registration, waiting included: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`)
    const ordered = positions.every((position, index) => position === index + 1)
    console.log(
      `invariants: ${confirmed} confirmed (expected ${SEATS}), ${positions.length} waitlisted in places 1..${positions.length}` +
        ` (${ordered ? 'in order' : 'NOT in order'}), ${mails.totalDocs} e-mails queued (expected ${REGISTRANTS})` +
        ` — ${confirmed === Math.min(SEATS, REGISTRANTS) && ordered && mails.totalDocs === REGISTRANTS ? 'hold' : 'BROKEN'}`,
    )
  } finally {
    payload.db.pool?.on('error', () => undefined)
    await closePayload(payload)
    await embedded?.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
