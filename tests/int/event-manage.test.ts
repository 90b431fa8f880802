import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { getStrings } from '@/i18n/strings'
import { submitRegistration } from '@/lib/events/registration/form/submitRegistration'
import { registrationErrorMessage } from '@/lib/events/registration/form/messages'
import { cancelRegistration, changeMode, pickSessions, registrationByToken } from '@/lib/events/registration/manage'
import { register } from '@/lib/events/registration/register'
import { sqlRunner } from '@/lib/practices/database'
import type { EventEdition } from '@/payload-types'
import { createEdition, registrant } from '../support/eventFixtures'
import { testCountry } from '../support/fundingFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { uniqueSuffix } from '../support/practiceFixtures'

let payload: Payload

beforeAll(async () => {
  // Deliveries stay in the outbox: the links are read from the messages as the registrant would.
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

/** The management link's token in the latest e-mail to `email`. */
async function latestToken(email: string): Promise<string> {
  const { docs } = await payload.find({ collection: 'email-deliveries', where: { to: { contains: email } }, sort: '-createdAt', limit: 1, overrideAccess: true })
  const token = docs[0]?.text?.match(/registration\?token=([A-Za-z0-9_-]+)/)?.[1]
  if (!token) throw new Error(`No e-mail with a link to ${email}`)
  return token
}

const registrationOf = (id: number) => payload.findByID({ collection: 'registrations', id, depth: 0, overrideAccess: true })
const templatesTo = async (email: string) =>
  (await payload.find({ collection: 'email-deliveries', where: { to: { contains: email } }, sort: 'createdAt', overrideAccess: true })).docs.map((doc) => doc.template)

/** Registers someone and returns her registration's id and her link's token. */
async function registered(edition: EventEdition, mode: 'in_person' | 'online') {
  const person = registrant({ attendanceMode: mode })
  const outcome = await register(payload, edition.slug, person)
  if (!('registrationId' in outcome)) throw new Error(`Could not register: ${outcome.outcome}`)
  return { id: outcome.registrationId, email: person.email, token: await latestToken(person.email), outcome: outcome.outcome }
}

/** Seats held and people waiting per mode, counted in the database. */
async function seats(editionId: number) {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`
    SELECT attendance_mode::text AS mode,
      count(*) FILTER (WHERE status IN ('confirmed', 'offered', 'checked_in'))::int AS held,
      count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting
    FROM registrations WHERE edition_id = ${editionId} GROUP BY attendance_mode`)
  const of = (mode: string) => rows.find((row) => row.mode === mode)
  return {
    in_person: { held: Number(of('in_person')?.held ?? 0), waiting: Number(of('in_person')?.waiting ?? 0) },
    online: { held: Number(of('online')?.held ?? 0), waiting: Number(of('online')?.waiting ?? 0) },
  }
}

async function session(edition: EventEdition, data: { capacity?: number; published?: boolean } = {}) {
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'event-sessions',
    overrideAccess: true,
    context: { disableRevalidate: true },
    draft: data.published === false,
    data: {
      edition: edition.id,
      title: `Workshop ${suffix}`,
      slug: `workshop-${suffix}`,
      type: 'workshop',
      startsAt: '2027-06-14T08:00:00.000Z',
      endsAt: '2027-06-14T09:30:00.000Z',
      capacity: data.capacity,
      _status: data.published === false ? 'draft' : 'published',
    },
  })
}

describe('changing the attendance mode through the private link', () => {
  it('moves her to a free seat of the other mode and offers her old seat to the first person waiting', async () => {
    const edition = await createEdition(payload, { inPerson: 1, online: 2 })
    const ana = await registered(edition, 'in_person')
    const bea = await registered(edition, 'in_person')
    expect(bea.outcome).toBe('waitlisted')

    expect(await changeMode(payload, ana.token, 'online')).toEqual({ outcome: 'changed', registrationId: ana.id, mode: 'online' })
    expect(await registrationOf(ana.id)).toMatchObject({ attendanceMode: 'online', status: 'confirmed', waitlistPosition: null })
    expect((await registrationOf(bea.id)).status).toBe('offered')
    expect(await templatesTo(ana.email)).toEqual(['registration-confirmed', 'registration-confirmed'])
    expect(await templatesTo(bea.email)).toEqual(['registration-waitlisted', 'registration-offered'])
    // The link she used still opens her registration (the new e-mail carries the same one).
    expect((await registrationByToken(payload, ana.token))?.id).toBe(ana.id)
    expect(await latestToken(ana.email)).toBe(ana.token)

    // And back: the in-person seat is offered to Bea, so Ana finds it taken and keeps her online seat.
    expect(await changeMode(payload, ana.token, 'in_person')).toEqual({ outcome: 'mode_full', registrationId: ana.id, mode: 'online' })
    expect(await seats(edition.id)).toEqual({ in_person: { held: 1, waiting: 0 }, online: { held: 1, waiting: 0 } })
  })

  it('takes someone from a waiting list to a free seat of the other mode, and back to a freed one', async () => {
    const edition = await createEdition(payload, { inPerson: 1, online: 1 })
    await registered(edition, 'in_person')
    const waiting = await registered(edition, 'in_person')
    expect(await changeMode(payload, waiting.token, 'online')).toMatchObject({ outcome: 'changed', mode: 'online' })
    expect(await registrationOf(waiting.id)).toMatchObject({ attendanceMode: 'online', status: 'confirmed', waitlistPosition: null })
    expect(await seats(edition.id)).toEqual({ in_person: { held: 1, waiting: 0 }, online: { held: 1, waiting: 0 } })
  })

  it('leaves everything as it was when the other mode is full, or when people already wait for it', async () => {
    const edition = await createEdition(payload, { inPerson: 2, online: 1 })
    const ana = await registered(edition, 'in_person')
    await registered(edition, 'online')
    const before = await registrationOf(ana.id)
    expect(await changeMode(payload, ana.token, 'online')).toEqual({ outcome: 'mode_full', registrationId: ana.id, mode: 'in_person' })
    expect(await registrationOf(ana.id)).toEqual(before)

    // A seat freed by a larger capacity goes to the person waiting for it, not to someone switching.
    await registered(edition, 'online')
    await payload.update({ collection: 'event-editions', id: edition.id, data: { capacity: { inPerson: 2, online: 2 } }, overrideAccess: true, context: { disableRevalidate: true } })
    expect(await changeMode(payload, ana.token, 'online')).toMatchObject({ outcome: 'mode_full' })
    expect(await seats(edition.id)).toEqual({ in_person: { held: 1, waiting: 0 }, online: { held: 1, waiting: 1 } })
  })

  it('refuses a mode the edition does not offer, the mode she has, and a cancelled registration', async () => {
    const edition = await createEdition(payload, { inPerson: 5, online: 5 }, { format: 'in_person' })
    const ana = await registered(edition, 'in_person')
    expect(await register(payload, edition.slug, registrant({ attendanceMode: 'online' }))).toEqual({ outcome: 'mode_unavailable' })
    expect(await changeMode(payload, ana.token, 'online')).toEqual({ outcome: 'mode_unavailable' })
    expect(await changeMode(payload, ana.token, 'in_person')).toEqual({ outcome: 'unchanged' })
    await cancelRegistration(payload, ana.token)
    expect(await changeMode(payload, ana.token, 'online')).toEqual({ outcome: 'not_changeable' })
    expect((await registrationOf(ana.id)).attendanceMode).toBe('in_person')
  })

  it('gives up her old place on the waiting list, which another person of the new mode may hold', async () => {
    const edition = await createEdition(payload, { inPerson: 1, online: 1 })
    const ana = await registered(edition, 'in_person')
    const bea = await registered(edition, 'in_person')
    const carl = await registered(edition, 'online')
    const dora = await registered(edition, 'online')
    expect((await registrationOf(dora.id)).waitlistPosition).toBe(1)
    await cancelRegistration(payload, dora.token)
    await cancelRegistration(payload, carl.token)
    await cancelRegistration(payload, ana.token)
    // Bea was offered the in-person seat from place 1; Dora (cancelled) still holds online place 1.
    expect(await registrationOf(bea.id)).toMatchObject({ status: 'offered', waitlistPosition: 1 })
    const beaToken = await latestToken(bea.email)
    expect(await changeMode(payload, beaToken, 'online')).toMatchObject({ outcome: 'changed' })
    expect(await registrationOf(bea.id)).toMatchObject({ attendanceMode: 'online', status: 'confirmed', waitlistPosition: null, offerExpiresAt: null })
  })

  it('never exceeds either capacity when people switch modes while others register', async () => {
    const edition = await createEdition(payload, { inPerson: 4, online: 3 })
    const inPerson = [await registered(edition, 'in_person'), await registered(edition, 'in_person'), await registered(edition, 'in_person'), await registered(edition, 'in_person')]
    await registered(edition, 'online')
    // Two online seats are left; four people switch to online while five newcomers register online and in person.
    const newcomers = [registrant({ attendanceMode: 'online' }), registrant({ attendanceMode: 'online' }), registrant({ attendanceMode: 'online' }), registrant(), registrant()]
    const results = await Promise.all([
      ...inPerson.map((person) => changeMode(payload, person.token, 'online')),
      ...newcomers.map((person) => register(payload, edition.slug, person)),
    ])
    const switched = results.slice(0, 4).filter((result) => result.outcome === 'changed').length
    const onlineNewcomers = results.slice(4, 7).filter((result) => result.outcome === 'confirmed').length
    expect(switched + onlineNewcomers).toBe(2)

    const counts = await seats(edition.id)
    expect(counts.online.held).toBe(3)
    // The in-person seats given up went to the in-person newcomers (confirmed, or offered from the waiting list).
    expect(counts.in_person.held).toBe(4)
    expect(counts.in_person.held + counts.in_person.waiting).toBe(4 - switched + 2)
  })
})

describe('picking sessions through the private link', () => {
  it('keeps a session with its own capacity to that many people, and a session she has stays hers', async () => {
    const edition = await createEdition(payload, { inPerson: 10 })
    const [small, open] = [await session(edition, { capacity: 1 }), await session(edition)]
    const ana = await registered(edition, 'in_person')
    const bea = await registered(edition, 'in_person')

    expect(await pickSessions(payload, ana.token, [small.id, open.id])).toEqual({ outcome: 'picked', registrationId: ana.id, sessions: [small.id, open.id], full: [] })
    expect(await pickSessions(payload, bea.token, [small.id, open.id])).toEqual({ outcome: 'picked', registrationId: bea.id, sessions: [open.id], full: [small.id] })
    expect(await pickSessions(payload, ana.token, [open.id, small.id])).toMatchObject({ sessions: [open.id, small.id], full: [] })
    expect((await registrationOf(bea.id)).sessions).toEqual([open.id])

    // When Ana cancels, her seat in the session frees up.
    await cancelRegistration(payload, ana.token)
    expect(await pickSessions(payload, bea.token, [small.id, open.id])).toMatchObject({ sessions: [small.id, open.id], full: [] })
  })

  it('never lets more people into a session than its capacity, whatever the concurrency', async () => {
    const edition = await createEdition(payload, { inPerson: 10 })
    const small = await session(edition, { capacity: 2 })
    const people = []
    for (let index = 0; index < 6; index++) people.push(await registered(edition, 'in_person'))
    const results = await Promise.all(people.map((person) => pickSessions(payload, person.token, [small.id])))
    expect(results.filter((result) => result.outcome === 'picked' && result.full.length === 0)).toHaveLength(2)
    const db = await sqlRunner(payload)
    const { rows } = await db.execute(sql`SELECT count(*)::int AS picks FROM registrations_rels WHERE path = 'sessions' AND event_sessions_id = ${small.id}`)
    expect(Number(rows[0]?.picks)).toBe(2)
  })

  it('accepts only published sessions of her own edition, and only from someone with a place', async () => {
    const edition = await createEdition(payload, { inPerson: 1 })
    const other = await createEdition(payload, { inPerson: 1 })
    const [published, draft, elsewhere] = [await session(edition), await session(edition, { published: false }), await session(other)]
    const ana = await registered(edition, 'in_person')
    const waiting = await registered(edition, 'in_person')

    expect(await pickSessions(payload, ana.token, [published.id, draft.id])).toEqual({ outcome: 'unknown_session' })
    expect(await pickSessions(payload, ana.token, [published.id, elsewhere.id])).toEqual({ outcome: 'unknown_session' })
    expect(await pickSessions(payload, ana.token, [999_999_999])).toEqual({ outcome: 'unknown_session' })
    expect((await registrationOf(ana.id)).sessions).toEqual([])
    expect(await pickSessions(payload, waiting.token, [published.id])).toEqual({ outcome: 'not_confirmed' })
    expect(await pickSessions(payload, ana.token, [published.id])).toMatchObject({ outcome: 'picked', sessions: [published.id] })
    expect(await pickSessions(payload, ana.token, [])).toMatchObject({ outcome: 'picked', sessions: [] })
  })
})

describe('a private link acts on its own registration only', () => {
  it('changes the mode and the sessions of the registration it belongs to, and a forged or replaced link does nothing', async () => {
    const edition = await createEdition(payload, { inPerson: 5, online: 5 })
    const workshop = await session(edition)
    const ana = await registered(edition, 'in_person')
    const bea = await registered(edition, 'in_person')
    const beaBefore = await registrationOf(bea.id)

    expect(await changeMode(payload, ana.token, 'online')).toMatchObject({ registrationId: ana.id })
    expect(await pickSessions(payload, ana.token, [workshop.id])).toMatchObject({ registrationId: ana.id })
    expect(await registrationOf(bea.id)).toEqual(beaBefore)

    const forged = `${bea.token.slice(0, -1)}${bea.token.endsWith('A') ? 'B' : 'A'}`
    expect(await changeMode(payload, forged, 'online')).toEqual({ outcome: 'invalid_token' })
    expect(await pickSessions(payload, forged, [workshop.id])).toEqual({ outcome: 'invalid_token' })
    expect(await changeMode(payload, 'not a token', 'online')).toEqual({ outcome: 'invalid_token' })
    // Registering again sends Bea a new link; the old one stops working.
    await register(payload, edition.slug, registrant({ email: bea.email }))
    expect(await changeMode(payload, bea.token, 'online')).toEqual({ outcome: 'invalid_token' })
    expect(await registrationOf(bea.id)).toMatchObject({ attendanceMode: 'in_person', sessions: [] })
  })
})

describe('the registration form on the server', () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData()
    for (const [name, value] of Object.entries(fields)) data.set(name, value)
    return data
  }
  const ip = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}-${uniqueSuffix()}`
  const registrationsOf = async (editionId: number) =>
    (await payload.count({ collection: 'registrations', where: { edition: { equals: editionId } }, overrideAccess: true })).totalDocs

  it('answers bad input with a localized message for each field and writes nothing', async () => {
    const edition = await createEdition(payload, { inPerson: 5 }, { format: 'in_person' })
    const email = `bad-${uniqueSuffix()}@example.org`
    const outcome = await submitRegistration(payload, {
      editionSlug: edition.slug,
      locale: 'fr',
      ip: ip(),
      form: form({ name: '  ', email: `${email}@`, country: 'ZY', role: 'astronaut', attendanceMode: 'online', organisation: 'x'.repeat(201) }),
    })
    expect(outcome).toMatchObject({
      status: 'invalid',
      errors: {
        name: 'required',
        email: 'invalidEmail',
        organisation: 'tooLong',
        role: 'invalidChoice',
        country: 'invalidCountry',
        attendanceMode: 'modeUnavailable',
        privacyConsent: 'consentRequired',
      },
      values: { email: `${email}@`, attendanceMode: 'online' },
    })
    const fr = getStrings('fr').eventRegistration
    expect(registrationErrorMessage(fr, 'name', 'required')).toBe(fr.errors.fields.name.required)
    expect(registrationErrorMessage(fr, 'privacyConsent', 'consentRequired')).toBe(fr.errors.general.consentRequired)
    expect(registrationErrorMessage(fr, 'privacyConsent', 'consentRequired')).not.toBe(getStrings('en').eventRegistration.errors.general.consentRequired)
    expect(await registrationsOf(edition.id)).toBe(0)
    expect(await templatesTo(email)).toEqual([])
  })

  it('registers a valid post, keeps no dietary needs for an online attendee, and says "again" for an address already registered', async () => {
    const edition = await createEdition(payload, { inPerson: 5, online: 5 })
    const country = await testCountry(payload, 'XD', { region: 'europe' })
    const email = `form-${uniqueSuffix()}@example.org`
    const fields = { name: 'Ana Form', email, country: 'xd', role: 'researcher', attendanceMode: 'online', dietaryNeeds: 'Vegan', privacyConsent: 'yes' }
    const first = await submitRegistration(payload, { editionSlug: edition.slug, locale: 'pt', ip: ip(), form: form(fields) })
    expect(first).toEqual({ status: 'done', result: { outcome: 'confirmed', mode: 'online', position: null } })
    const { docs } = await payload.find({ collection: 'registrations', where: { email: { equals: email } }, depth: 0, overrideAccess: true })
    expect(docs[0]).toMatchObject({ country: country.id, role: 'researcher', locale: 'pt', dietaryNeeds: null, status: 'confirmed' })

    const again = await submitRegistration(payload, { editionSlug: edition.slug, locale: 'pt', ip: ip(), form: form({ ...fields, attendanceMode: 'in_person' }) })
    expect(again).toEqual({ status: 'done', result: { outcome: 'again', mode: 'in_person', position: null } })
    expect(await registrationsOf(edition.id)).toBe(1)
  })

  it('answers a bot in the honeypot as if it had registered, and writes nothing', async () => {
    const edition = await createEdition(payload, { inPerson: 5 })
    const email = `bot-${uniqueSuffix()}@example.org`
    const outcome = await submitRegistration(payload, {
      editionSlug: edition.slug,
      locale: 'en',
      ip: ip(),
      form: form({ name: 'Bot', email, attendanceMode: 'in_person', privacyConsent: 'yes', website: 'https://spam.example' }),
    })
    expect(outcome).toMatchObject({ status: 'done', result: { outcome: 'confirmed' } })
    expect(await registrationsOf(edition.id)).toBe(0)
    expect(await templatesTo(email)).toEqual([])
  })

  it('says registration is closed for a closed or unpublished edition', async () => {
    const closed = await createEdition(payload, { inPerson: 5 }, { stage: 'registration_closed' })
    const fields = { name: 'Late', email: `late-${uniqueSuffix()}@example.org`, attendanceMode: 'in_person', privacyConsent: 'yes' }
    expect(await submitRegistration(payload, { editionSlug: closed.slug, locale: 'en', ip: ip(), form: form(fields) })).toMatchObject({ status: 'closed' })
    const draft = await createEdition(payload, { inPerson: 5 }, { _status: 'draft' })
    expect(await submitRegistration(payload, { editionSlug: draft.slug, locale: 'en', ip: ip(), form: form(fields) })).toMatchObject({ status: 'closed' })
    expect(await registrationsOf(closed.id)).toBe(0)
  })

  it('limits how often one address, and one e-mail address, may post the form', async () => {
    const edition = await createEdition(payload, { inPerson: 50 })
    // One moment for every post, so that they all fall in one window of the limits.
    const now = new Date()
    const post = (fields: Record<string, string>, from: string) => submitRegistration(payload, { editionSlug: edition.slug, locale: 'en', ip: from, form: form(fields), now })
    const person = (email: string) => ({ name: 'Many', email, attendanceMode: 'in_person', privacyConsent: 'yes' })

    // Twenty posts from one address (a bot's count too); the next one, a person's, waits.
    const from = ip()
    for (let index = 0; index < 20; index++) await post({ ...person(`bot-${index}-${uniqueSuffix()}@example.org`), website: 'x' }, from)
    const blocked = `blocked-${uniqueSuffix()}@example.org`
    expect(await post(person(blocked), from)).toMatchObject({ status: 'rateLimited', values: { email: blocked } })
    expect(await templatesTo(blocked)).toEqual([])

    // Each post sends its address an e-mail, so an address gets five a day, from wherever they come.
    const target = `target-${uniqueSuffix()}@example.org`
    const statuses = []
    for (let index = 0; index < 6; index++) statuses.push((await post(person(target), ip())).status)
    expect(statuses).toEqual(['done', 'done', 'done', 'done', 'done', 'rateLimited'])
    expect(await templatesTo(target)).toHaveLength(5)
    expect(await registrationsOf(edition.id)).toBe(1)
  })
})
