import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  await closePayload(payload)
})

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

describe('the jobs queue', () => {
  it('publishes a page at its scheduled time', async () => {
    const page = await payload.create({
      collection: 'pages',
      overrideAccess: true,
      draft: true,
      data: { title: 'Launch of the 2027 call', slug: `scheduled-${Date.now().toString(36)}`, _status: 'draft' },
    })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'pages', value: page.id } },
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    })
    await payload.jobs.run({ silent: true, limit: 1000 })
    const stillDraft = await payload.findByID({ collection: 'pages', id: page.id, overrideAccess: true })
    expect(stillDraft._status).toBe('draft')

    await payload.update({ collection: 'payload-jobs', id: job.id, overrideAccess: true, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await payload.jobs.runByID({ id: job.id, silent: true })
    const published = await payload.findByID({ collection: 'pages', id: page.id, overrideAccess: true })
    expect(published._status).toBe('published')
  })

  it('runs queued work inside the app process on its own, without a separate command', async () => {
    process.env.JOBS_AUTORUN = 'true'
    await getPayload({ config, cron: true })
    await payload.sendEmail({ to: 'autorun@example.org', subject: 'Registered', text: 'You are registered.' })
    const delivery = await until(
      async () => (await payload.find({ collection: 'email-deliveries', where: { to: { equals: 'autorun@example.org' } }, overrideAccess: true })).docs[0],
      (doc) => doc?.status === 'sent',
    )
    expect(delivery?.status).toBe('sent')
  })
})
