import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { purgeDueEditions, purgeEdition } from '@/lib/events/purge'
import { registrationByToken } from '@/lib/events/registration/manage'
import { register } from '@/lib/events/registration/register'
import { checkIn } from '@/lib/events/team/checkIn'
import { editionCounts } from '@/lib/events/team/counts'
import { sqlRunner } from '@/lib/practices/database'
import type { EventEdition, User } from '@/payload-types'
import { createEdition, registrant } from '../support/eventFixtures'
import { testCountry } from '../support/fundingFixtures'
import { createStaff, uniqueSuffix } from '../support/practiceFixtures'
import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload
let staff: User

const DAY = 24 * 60 * 60 * 1000

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  staff = (await createStaff(payload, 'events')).user
  await testCountry(payload, 'XE', { region: 'europe', euMember: true })
  await testCountry(payload, 'XJ', { region: 'africa', odaEligible: true })
})

afterAll(async () => {
  await closePayload(payload)
})

/** An edition that ended `daysAgo` days ago, still taking registrations (so the fixtures can register people). */
const editionEnded = (daysAgo: number, purgeAfterDays: number, seats = { inPerson: 2, online: 5 }) => {
  const endsAt = new Date(Date.now() - daysAgo * DAY)
  return createEdition(payload, seats, {
    startsAt: new Date(endsAt.getTime() - DAY).toISOString(),
    endsAt: endsAt.toISOString(),
    registration: { offerHours: 48, purgeAfterDays, reminderDaysBefore: 3 },
  })
}

/** Someone with something personal in every field, registered for the edition. */
async function person(edition: EventEdition, overrides: Parameters<typeof registrant>[0] = {}) {
  const tag = uniqueSuffix()
  const input = registrant({
    name: `Zofia Purge ${tag}`,
    organisation: `Organisation ${tag}`,
    city: `Town ${tag}`,
    accessibilityNeeds: `Step-free access ${tag}`,
    dietaryNeeds: `Halal ${tag}`,
    country: 'XE',
    role: 'researcher',
    ...overrides,
  })
  const outcome = await register(payload, edition.slug, input)
  if (!('registrationId' in outcome)) throw new Error(`Registration refused: ${outcome.outcome}`)
  const stored = await payload.findByID({ collection: 'registrations', id: outcome.registrationId, overrideAccess: true })
  const personal = [input.name, input.email, input.organisation, input.city, input.accessibilityNeeds, input.dietaryNeeds].filter(
    (value): value is string => Boolean(value),
  )
  return { input, id: stored.id, code: stored.checkInCode as string, personal }
}

/** How many rows of a table hold this text anywhere (the whole row, as text). */
async function rowsHolding(table: 'registrations' | 'email_deliveries' | 'payload_jobs', text: string): Promise<number> {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} t WHERE position(lower(${text}) IN lower(t::text)) > 0`)
  return Number(rows[0].n)
}

const tokenIn = async (email: string) => {
  const { docs } = await payload.find({ collection: 'email-deliveries', where: { to: { equals: email } }, sort: '-createdAt', limit: 1, overrideAccess: true })
  return docs[0]?.text?.match(/registration\?token=([A-Za-z0-9_-]+)/)?.[1] ?? ''
}

const registrationsOf = async (edition: EventEdition) =>
  (await payload.find({ collection: 'registrations', where: { edition: { equals: edition.id } }, sort: 'id', pagination: false, depth: 0, overrideAccess: true })).docs

/** An edition with every kind of registrant: confirmed, checked in, waiting, online, cancelled, without country or role. */
async function pastEditionWithRegistrants(daysAgo: number, purgeAfterDays: number) {
  const edition = await editionEnded(daysAgo, purgeAfterDays)
  const people = [
    await person(edition),
    await person(edition, { country: 'XJ', role: 'city_official' }),
    await person(edition, { role: 'media' }),
    await person(edition, { attendanceMode: 'online', country: 'XJ' }),
    await person(edition, { attendanceMode: 'online', country: undefined, role: undefined }),
  ]
  expect((await checkIn(payload, { editionId: edition.id, code: people[0].code, userId: staff.id })).outcome).toBe('checked_in')
  await payload.update({ collection: 'registrations', id: people[4].id, data: { status: 'cancelled', cancelledAt: new Date().toISOString() }, overrideAccess: true })
  return { edition, people }
}

describe('the purge of an edition’s personal data', () => {
  it('anonymises every registrant of a due edition and deletes their e-mails, keeping the counts, through the nightly job', async () => {
    const { edition, people } = await pastEditionWithRegistrants(100, 90)
    const token = await tokenIn(people[1].input.email)
    expect(await registrationByToken(payload, token)).not.toBeNull()
    const countsBefore = await editionCounts(payload, edition.id)
    const before = await registrationsOf(edition)
    for (const text of people.flatMap((one) => one.personal)) expect(await rowsHolding('registrations', text)).toBe(1)
    expect(await rowsHolding('email_deliveries', people[0].input.email)).toBeGreaterThan(0)

    const job = await payload.jobs.queue({ task: 'purgeEventData', input: {} })
    const run = await payload.jobs.runByID({ id: job.id, silent: true })
    expect(run.jobStatus?.[String(job.id)]).toMatchObject({ status: 'success' })

    for (const text of people.flatMap((one) => one.personal)) {
      expect(await rowsHolding('registrations', text)).toBe(0)
      expect(await rowsHolding('email_deliveries', text)).toBe(0)
      expect(await rowsHolding('payload_jobs', text)).toBe(0)
    }
    const after = await registrationsOf(edition)
    expect(after.map((row) => [row.status, row.attendanceMode, row.country, row.role, row.createdAt, row.checkedInAt])).toEqual(
      before.map((row) => [row.status, row.attendanceMode, row.country, row.role, row.createdAt, row.checkedInAt]),
    )
    for (const row of after) {
      expect(row).toMatchObject({ name: 'Anonymised', email: `anonymised-${row.id}@anonymised.invalid`, organisation: null, city: null, accessibilityNeeds: null, dietaryNeeds: null })
      expect(row.managementTokenHash ?? null).toBeNull()
      expect(row.checkInCode ?? null).toBeNull()
      expect(row.anonymisedAt).toBeTruthy()
    }
    expect(await editionCounts(payload, edition.id)).toEqual(countsBefore)
    // The private link and the check-in code open nothing any more.
    expect(await registrationByToken(payload, token)).toBeNull()
    expect((await checkIn(payload, { editionId: edition.id, code: people[1].code, userId: staff.id })).outcome).toBe('not_found')
    const purged = await payload.findByID({ collection: 'event-editions', id: edition.id, overrideAccess: true, draft: true })
    expect(purged.purgedAt).toBeTruthy()
  })

  it('changes nothing when it runs again', async () => {
    const { edition } = await pastEditionWithRegistrants(100, 90)
    expect(await purgeEdition(payload, edition.id)).toMatchObject({ editionId: edition.id, registrations: 5 })
    const first = await registrationsOf(edition)
    const purgedAt = (await payload.findByID({ collection: 'event-editions', id: edition.id, overrideAccess: true })).purgedAt

    expect(await purgeEdition(payload, edition.id)).toBeNull()
    expect((await purgeDueEditions(payload)).map((result) => result.editionId)).not.toContain(edition.id)
    expect(await registrationsOf(edition)).toEqual(first)
    expect((await payload.findByID({ collection: 'event-editions', id: edition.id, overrideAccess: true })).purgedAt).toBe(purgedAt)
  })

  it('leaves editions that are not due untouched, and follows each edition’s own number of days', async () => {
    const recent = await pastEditionWithRegistrants(10, 90)
    const shortKept = await pastEditionWithRegistrants(10, 7)
    const upcoming = await createEdition(payload, { inPerson: 5 })
    const coming = await person(upcoming)

    const purgedIds = (await purgeDueEditions(payload)).map((result) => result.editionId)
    expect(purgedIds).toContain(shortKept.edition.id)
    expect(purgedIds).not.toContain(recent.edition.id)
    expect(purgedIds).not.toContain(upcoming.id)

    for (const text of [...recent.people.flatMap((one) => one.personal), ...coming.personal]) expect(await rowsHolding('registrations', text)).toBe(1)
    expect(await rowsHolding('email_deliveries', recent.people[0].input.email)).toBeGreaterThan(0)
    expect((await payload.findByID({ collection: 'event-editions', id: recent.edition.id, overrideAccess: true })).purgedAt ?? null).toBeNull()
    expect((await registrationsOf(shortKept.edition)).every((row) => row.anonymisedAt)).toBe(true)
  })

  it('keeps a person’s registration and e-mails for another edition, and e-mails that are not about the event', async () => {
    const past = await editionEnded(100, 90)
    const next = await createEdition(payload, { inPerson: 5 })
    const shared = await person(past)
    await register(payload, next.slug, { ...shared.input })
    await payload.sendEmail({ to: shared.input.email, subject: 'Confirm your funding alert', text: 'Another service of the portal.', template: 'funding-alert-confirmation' })
    // A reminder names its edition by the link to its page only; a longer slug is another edition.
    const reminder = (slug: string) => ({ to: shared.input.email, subject: 'See you soon', text: `Programme: https://gkec.example/en/events/${slug}\nBye`, template: 'registration-reminder' })
    await payload.sendEmail(reminder(past.slug))
    await payload.sendEmail(reminder(`${past.slug}-extra`))
    const reminders = async () =>
      (await payload.find({ collection: 'email-deliveries', where: { and: [{ to: { equals: shared.input.email } }, { template: { equals: 'registration-reminder' } }] }, overrideAccess: true })).docs.map((mail) => mail.text)
    expect(await reminders()).toHaveLength(2)
    const mailsAbout = async (edition: EventEdition) =>
      (await payload.find({ collection: 'email-deliveries', where: { to: { equals: shared.input.email } }, pagination: false, overrideAccess: true })).docs.filter((mail) =>
        mail.subject.includes(edition.title),
      ).length
    expect(await mailsAbout(past)).toBe(1)
    expect(await mailsAbout(next)).toBe(1)

    await purgeEdition(payload, past.id)

    expect(await mailsAbout(past)).toBe(0)
    expect(await reminders()).toEqual([`Programme: https://gkec.example/en/events/${past.slug}-extra\nBye`])
    expect(await mailsAbout(next)).toBe(1)
    const kept = await payload.find({ collection: 'email-deliveries', where: { and: [{ to: { equals: shared.input.email } }, { template: { equals: 'funding-alert-confirmation' } }] }, overrideAccess: true })
    expect(kept.docs).toHaveLength(1)
    const [nextRegistration] = await registrationsOf(next)
    expect(nextRegistration).toMatchObject({ name: shared.input.name, email: shared.input.email, organisation: shared.input.organisation })
    expect(nextRegistration.anonymisedAt ?? null).toBeNull()
  })
})
