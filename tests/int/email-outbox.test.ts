import type { Payload } from 'payload'

import { sendStoredEmail } from '@/email/transport'
import { closePayload, getTestPayload } from '../support/payload'
import { ResendStub } from '../support/resendStub'

let payload: Payload
const stub = new ResendStub()

beforeAll(async () => {
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
})

afterAll(async () => {
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

async function deliveryFor(to: string) {
  const { docs } = await payload.find({ collection: 'email-deliveries', where: { to: { equals: to } }, overrideAccess: true })
  expect(docs).toHaveLength(1)
  return docs[0]
}

async function jobFor(deliveryId: number) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'deliverEmail' }, 'input.deliveryId': { equals: deliveryId } },
    overrideAccess: true,
  })
  expect(docs).toHaveLength(1)
  return docs[0]
}

/** Lets the job's backoff elapse, as the clock would. */
async function backoffElapses(jobId: number | string) {
  await payload.update({
    collection: 'payload-jobs',
    id: jobId,
    overrideAccess: true,
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
  })
}

const addresses = ['queued@example.org', 'city@example.org', 'crash@example.org']

/**
 * Runs this file's delivery jobs only. Test files share one database: other files' queued jobs would
 * fill a run of ten (and, with an API key set, reach this file's stub).
 */
async function runJobs() {
  const { docs } = await payload.find({
    collection: 'email-deliveries',
    where: { to: { in: addresses } },
    overrideAccess: true,
    pagination: false,
  })
  if (docs.length === 0) return
  await payload.jobs.run({
    silent: true,
    limit: 100,
    where: {
      and: [
        { taskSlug: { equals: 'deliverEmail' } },
        { or: docs.map((delivery) => ({ 'input.deliveryId': { equals: delivery.id } })) },
      ],
    },
  })
}

describe('the email outbox', () => {
  it('stores a message as queued before anything is sent, and the job delivers it', async () => {
    delete process.env.RESEND_API_KEY
    await payload.sendEmail({ to: 'queued@example.org', subject: 'Welcome', html: '<p>Hello</p>' })
    const queued = await deliveryFor('queued@example.org')
    expect(queued).toMatchObject({ status: 'queued', attempts: 0, subject: 'Welcome', template: 'direct' })

    await runJobs()
    const done = await deliveryFor('queued@example.org')
    // Without RESEND_API_KEY (development) the message is printed, not sent.
    expect(done).toMatchObject({ status: 'sent', attempts: 1 })
    expect(done.providerId).toBe(`console-${done.id}`)
    expect(stub.requests).toHaveLength(0)
  })

  it('retries a failed send with backoff, and Resend receives it once it is back', async () => {
    process.env.RESEND_API_KEY = 're_test_key'
    stub.failNext(503)
    await payload.sendEmail({
      to: 'city@example.org',
      from: 'GKEC <news@gkec.example>',
      subject: 'Your practice was published',
      html: '<p>Congratulations</p>',
      text: 'Congratulations',
    })
    await runJobs()

    expect(stub.requests).toHaveLength(1)
    expect(stub.requests[0].status).toBe(503)
    const failed = await deliveryFor('city@example.org')
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 })
    expect(failed.error).toMatch(/Simulated outage/)

    // The retry waits for its backoff: running the queue now sends nothing.
    await runJobs()
    expect(stub.requests).toHaveLength(1)

    const job = await jobFor(failed.id)
    await backoffElapses(job.id)
    await runJobs()

    expect(stub.delivered).toHaveLength(1)
    const request = stub.delivered[0]
    expect(request.authorization).toBe('Bearer re_test_key')
    expect(request.body).toMatchObject({
      to: ['city@example.org'],
      from: 'GKEC <news@gkec.example>',
      subject: 'Your practice was published',
      html: '<p>Congratulations</p>',
    })
    // Every attempt of one message carries the same idempotency key.
    expect(stub.requests[0].idempotencyKey).toBe(`email-delivery-${failed.id}`)
    expect(request.idempotencyKey).toBe(`email-delivery-${failed.id}`)

    const sent = await deliveryFor('city@example.org')
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, error: null })
    expect(sent.providerId).toMatch(/^[0-9a-f-]{36}$/)

    await runJobs()
    expect(stub.delivered).toHaveLength(1)
  })

  it('a message the provider accepted just before a crash is not sent twice by the retry', async () => {
    process.env.RESEND_API_KEY = 're_test_key'
    await payload.sendEmail({ to: 'crash@example.org', subject: 'Seats confirmed', text: 'See you there' })
    const delivery = await deliveryFor('crash@example.org')
    // The worker sent it, then died before recording the result: the delivery still says queued.
    const firstAttempt = await sendStoredEmail(delivery)
    const deliveredBefore = stub.delivered.length

    await runJobs()

    expect(stub.delivered.length).toBe(deliveredBefore)
    expect(stub.requests.at(-1)).toMatchObject({ replayed: true, idempotencyKey: `email-delivery-${delivery.id}` })
    const after = await deliveryFor('crash@example.org')
    expect(after).toMatchObject({ status: 'sent', providerId: firstAttempt.providerId })
  })

  it('the outbox is not readable by anyone but admins, nor writable through the API', async () => {
    await expect(
      payload.find({ collection: 'email-deliveries', overrideAccess: false, user: null }),
    ).rejects.toThrow()
  })
})
