import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { register } from '@/lib/events/registration/register'
import { registrationInput } from '@/lib/events/registration/schema'
import { sqlRunner } from '@/lib/practices/database'
import { createEdition, registrant } from '../support/eventFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { ResendStub } from '../support/resendStub'

let payload: Payload
const stub = new ResendStub()

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_test_events'
})

afterAll(async () => {
  await drainJobs(payload)
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

const mailsTo = (email: string) => stub.delivered.filter((request) => JSON.stringify((request.body as { to: unknown }).to).includes(email))

describe('registering for the annual event', () => {
  it('never overbooks: 500 people at once for 100 seats, 100 confirmed and 400 on the waiting list in order, one e-mail each', async () => {
    const edition = await createEdition(payload, { inPerson: 100 })
    const people = Array.from({ length: 500 }, (_, index) => registrant({ email: `crowd-${edition.id}-${index}@example.org` }))
    const outcomes = await Promise.all(people.map((person) => register(payload, edition.slug, person)))

    expect(outcomes.filter((outcome) => outcome.outcome === 'confirmed')).toHaveLength(100)
    const waitlisted = outcomes.filter((outcome) => outcome.outcome === 'waitlisted')
    expect(waitlisted).toHaveLength(400)
    // Places 1 to 400, each once: the order people joined the list.
    expect(waitlisted.map((outcome) => ('position' in outcome ? outcome.position : 0)).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 400 }, (_, index) => index + 1),
    )
    const db = await sqlRunner(payload)
    const { rows } = await db.execute(sql`
      SELECT count(*)::int AS registrations, count(DISTINCT email)::int AS people,
        count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed
      FROM registrations WHERE edition_id = ${edition.id}`)
    expect(rows[0]).toEqual({ registrations: 500, people: 500, confirmed: 100 })
    // A later position was always decided after an earlier one: creation order follows the waiting list.
    const order = await db.execute(sql`
      SELECT waitlist_position FROM registrations WHERE edition_id = ${edition.id} AND waitlist_position IS NOT NULL ORDER BY created_at, id`)
    const positions = order.rows.map((row) => Number(row.waitlist_position))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))

    await drainJobs(payload)
    for (const person of [people[0], people[250], people[499]]) expect(mailsTo(person.email)).toHaveLength(1)
    const crowdMails = stub.delivered.filter((request) => JSON.stringify((request.body as { to: unknown }).to).includes(`crowd-${edition.id}-`))
    expect(crowdMails).toHaveLength(500)
  }, 240_000)

  it('answers a second registration with the first one, and sends its e-mail again', async () => {
    const edition = await createEdition(payload, { inPerson: 5 })
    const person = registrant()
    const first = await register(payload, edition.slug, person)
    const second = await register(payload, edition.slug, { ...person, email: person.email.toUpperCase(), name: 'Someone else' })
    expect(second).toMatchObject({ outcome: 'confirmed', created: false })
    expect('registrationId' in second && 'registrationId' in first && second.registrationId === first.registrationId).toBe(true)
    const { totalDocs } = await payload.count({ collection: 'registrations', where: { edition: { equals: edition.id } }, overrideAccess: true })
    expect(totalDocs).toBe(1)
    await drainJobs(payload)
    expect(mailsTo(person.email)).toHaveLength(2)
  })

  it('refuses a closed registration, an unpublished edition and a mode without seats, and writes nothing', async () => {
    const closed = await createEdition(payload, {}, { stage: 'registration_closed' })
    const draft = await createEdition(payload, {}, { _status: 'draft' })
    const inPersonOnly = await createEdition(payload, { inPerson: 10, online: 0 })
    expect(await register(payload, closed.slug, registrant())).toEqual({ outcome: 'closed' })
    expect(await register(payload, draft.slug, registrant())).toEqual({ outcome: 'not_found' })
    expect(await register(payload, inPersonOnly.slug, registrant({ attendanceMode: 'online' }))).toEqual({ outcome: 'mode_unavailable' })
    const { totalDocs } = await payload.count({
      collection: 'registrations',
      where: { edition: { in: [closed.id, draft.id, inPersonOnly.id] } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  it('requires consent to the privacy notice and a valid address', () => {
    const result = registrationInput.safeParse({ name: 'A', email: 'not-an-address', attendanceMode: 'online', privacyConsent: false })
    expect(result.success).toBe(false)
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])
    expect(issues).toEqual(expect.arrayContaining([['email', 'invalidEmail'], ['privacyConsent', 'consentRequired']]))
  })
})
