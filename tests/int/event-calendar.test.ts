import ICAL from 'ical.js'
import type { Payload } from 'payload'

import { personalFeedPath } from '@/lib/events/calendar/personalFeed'
import { cancelRegistration } from '@/lib/events/registration/manage'
import { register } from '@/lib/events/registration/register'
import { siteUrl } from '@/lib/seo/siteUrl'
import type { EventEdition, EventSession, Registration } from '@/payload-types'
import { GET as personalGET } from '../../src/app/(frontend)/[locale]/events/[slug]/my-sessions.ics/route'
import { GET as programmeGET } from '../../src/app/(frontend)/[locale]/events/[slug]/programme.ics/route'
import { GET as sessionGET } from '../../src/app/(frontend)/[locale]/events/[slug]/sessions/[session]/calendar.ics/route'
import { createEdition, registrant } from '../support/eventFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { uniqueSuffix } from '../support/practiceFixtures'

let payload: Payload
let edition: EventEdition
let draftEdition: EventEdition
const sessions: Record<'opening' | 'workshop' | 'draft' | 'elsewhere', EventSession> = {} as never
const STREAM = 'https://stream.example.org/secret-room'
const host = () => new URL(siteUrl()).host
const quiet = { overrideAccess: true, context: { disableRevalidate: true } } as const

const fetchProgramme = (locale: string, slug: string) =>
  programmeGET(new Request(`http://localhost/${locale}/events/${slug}/programme.ics`), { params: Promise.resolve({ locale, slug }) })
const fetchSession = (locale: string, slug: string, session: string) =>
  sessionGET(new Request(`http://localhost/${locale}/events/${slug}/sessions/${session}/calendar.ics`), { params: Promise.resolve({ locale, slug, session }) })
const fetchPath = (path: string) => {
  const [, locale, , slug] = path.split('?')[0].split('/')
  return personalGET(new Request(`http://localhost${path}`), { params: Promise.resolve({ locale, slug }) })
}

/** Registers the calendar's own VTIMEZONE blocks, as a calendar app does, then reads its events. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) }
}

async function createSession(target: EventEdition, title: string, data: Partial<EventSession> = {}, status: 'published' | 'draft' = 'published') {
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'event-sessions',
    ...quiet,
    draft: status === 'draft',
    data: { edition: target.id, title: `${title} ${suffix}`, slug: `session-${suffix}`, type: 'panel', startsAt: target.startsAt, endsAt: target.endsAt, _status: status, ...data },
  })
}

const consenting = `Consenting Speaker ${uniqueSuffix()}`
const withholding = `Withholding Speaker ${uniqueSuffix()}`

beforeAll(async () => {
  payload = await getTestPayload()
  edition = await createEdition(payload, { inPerson: 10, online: 10 }, {
    venue: { name: 'Square Meeting Centre', address: 'Mont des Arts\n1000 Brussels' },
  })
  draftEdition = await createEdition(payload, {}, { _status: 'draft' })
  const speaker = await payload.create({ collection: 'speakers', ...quiet, data: { name: consenting, slug: `speaker-${uniqueSuffix()}`, consentToPublish: true } })
  const hidden = await payload.create({ collection: 'speakers', ...quiet, data: { name: withholding, slug: `speaker-${uniqueSuffix()}`, consentToPublish: false } })
  sessions.opening = await createSession(edition, 'Opening plenary', {
    type: 'plenary',
    room: 'Room 1',
    startsAt: '2027-06-14T07:30:00.000Z',
    endsAt: '2027-06-14T09:00:00.000Z',
    description: 'Welcome by the Mission.',
    speakers: [speaker.id, hidden.id],
  })
  await payload.update({ collection: 'event-sessions', id: sessions.opening.id, locale: 'fr', ...quiet, data: { title: `Plénière d’ouverture ${sessions.opening.id}`, description: 'Accueil par la Mission.' } })
  sessions.workshop = await createSession(edition, 'Workshop', { type: 'workshop', startsAt: '2027-06-15T12:00:00.000Z', endsAt: '2027-06-15T13:30:00.000Z' })
  sessions.draft = await createSession(edition, 'Unannounced side event', { type: 'side_event' }, 'draft')
  sessions.elsewhere = await createSession(draftEdition, 'Session of a draft edition')
})

afterAll(async () => {
  // The registrations' e-mails are delivered (printed: no RESEND_API_KEY here), so no job is left for the next file.
  await drainJobs(payload)
  await closePayload(payload)
})

describe('the programme feed', () => {
  it('holds every published session, at its moment in the event’s time zone, and is subscribable', async () => {
    const response = await fetchProgramme('en', edition.slug)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=900/)
    const text = await response.text()
    const { calendar, events } = readCalendar(text)
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${edition.title}: programme`)
    expect(text).toMatch(/\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n/)
    expect(text).toMatch(/\r\nX-PUBLISHED-TTL:PT6H\r\n/)
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Brussels/)

    expect(events.map((event) => event.uid).sort()).toEqual([`session-${sessions.opening.id}@${host()}`, `session-${sessions.workshop.id}@${host()}`].sort())
    const opening = events.find((event) => event.uid === `session-${sessions.opening.id}@${host()}`)!
    expect(opening.startDate.zone?.tzid).toBe('Europe/Brussels')
    // 07:30 UTC is 09:30 in Brussels in June; the calendar turns it back into the same instant.
    expect(opening.startDate.toString()).toBe('2027-06-14T09:30:00')
    expect(opening.startDate.toJSDate().toISOString()).toBe('2027-06-14T07:30:00.000Z')
    expect(opening.endDate.toJSDate().toISOString()).toBe('2027-06-14T09:00:00.000Z')
    expect(opening.summary).toBe(sessions.opening.title)
    const page = `${siteUrl()}/en/events/${edition.slug}/sessions/${sessions.opening.slug}`
    expect(opening.description).toContain('Welcome by the Mission.')
    expect(opening.description).toContain(page)
    expect(opening.component.getFirstPropertyValue('url')).toBe(page)
    expect(opening.location).toBe('Room 1, Square Meeting Centre, Mont des Arts, 1000 Brussels')
  })

  it('speaks the address’s language and shows speakers who consented, never the others nor the streaming link', async () => {
    const text = await (await fetchProgramme('fr', edition.slug)).text()
    const { events } = readCalendar(text)
    const opening = events.find((event) => event.uid === `session-${sessions.opening.id}@${host()}`)!
    expect(opening.summary).toBe(`Plénière d’ouverture ${sessions.opening.id}`)
    expect(opening.description).toContain('Accueil par la Mission.')
    expect(opening.description).toContain(`/fr/events/${edition.slug}/sessions/`)
    expect(opening.description).toContain(consenting)
    for (const locale of ['en', 'fr']) {
      const body = (await (await fetchProgramme(locale, edition.slug)).text()).replace(/\r\n[ \t]/g, '')
      expect(body).not.toContain(withholding)
      expect(body).not.toContain(STREAM)
      expect(body).not.toContain('stream.example.org')
      expect(body).not.toContain(sessions.draft.title)
    }
  })

  it('gives the same text, and so the same UIDs, on every request', async () => {
    const first = await (await fetchProgramme('en', edition.slug)).text()
    const second = await (await fetchProgramme('en', edition.slug)).text()
    expect(second).toBe(first)
  })

  it('is not found for a draft edition, an unknown one, a malformed address or an unknown language', async () => {
    for (const [locale, slug] of [['en', draftEdition.slug], ['en', `missing-${uniqueSuffix()}`], ['xx', edition.slug], ['en', 'Not a slug!']]) {
      const response = await fetchProgramme(locale, slug)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('BEGIN:VCALENDAR')
    }
  })
})

describe('one session’s calendar file', () => {
  it('is the session as one event, with the same UID as in the programme feed', async () => {
    const response = await fetchSession('en', edition.slug, sessions.workshop.slug)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${sessions.workshop.slug}.ics"`)
    const { events } = readCalendar(await response.text())
    expect(events).toHaveLength(1)
    expect(events[0].uid).toBe(`session-${sessions.workshop.id}@${host()}`)
    expect(events[0].startDate.zone?.tzid).toBe('Europe/Brussels')
    expect(events[0].startDate.toString()).toBe('2027-06-15T14:00:00')
    expect(events[0].summary).toBe(sessions.workshop.title)
  })

  it('is not found for a draft session, a session of another edition, or a session of a draft edition', async () => {
    for (const [slug, session] of [
      [edition.slug, sessions.draft.slug],
      [edition.slug, sessions.elsewhere.slug],
      [draftEdition.slug, sessions.elsewhere.slug],
      [edition.slug, `missing-${uniqueSuffix()}`],
    ]) {
      expect((await fetchSession('en', slug, session)).status).toBe(404)
    }
  })
})

describe('a registrant’s personal feed', () => {
  const registrationOf = (id: number) => payload.findByID({ collection: 'registrations', id, overrideAccess: true }) as Promise<Registration>
  const pathOf = async (id: number, locale: 'en' | 'fr' = 'en') => personalFeedPath(locale, edition.slug, await registrationOf(id))

  async function registered(picks: number[]) {
    const outcome = await register(payload, edition.slug, registrant())
    if (!('registrationId' in outcome)) throw new Error(`Registration failed: ${outcome.outcome}`)
    await payload.update({ collection: 'registrations', id: outcome.registrationId, ...quiet, data: { sessions: picks } })
    return outcome.registrationId
  }

  it('lists exactly the published sessions she picked, and is never cached by others', async () => {
    const id = await registered([sessions.workshop.id, sessions.draft.id])
    const response = await fetchPath(await pathOf(id))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const text = await response.text()
    const { calendar, events } = readCalendar(text)
    expect(events.map((event) => event.uid)).toEqual([`session-${sessions.workshop.id}@${host()}`])
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${edition.title}: my sessions`)
    expect(text).not.toContain('stream.example.org')
  })

  it('answers the same “not found” to a wrong key, another registration’s id, a replaced link and a cancelled registration', async () => {
    const mine = await registered([sessions.opening.id])
    const theirs = await registered([sessions.workshop.id])
    const path = await pathOf(mine)
    const unknown = await fetchPath(path.replace(/registration=\d+/, 'registration=999999999'))
    expect(unknown.status).toBe(404)
    const notFound = await unknown.text()

    const answers = [
      await fetchPath(path.replace(/key=[^&]+/, 'key=forged')),
      await fetchPath(path.replace(/registration=\d+/, `registration=${theirs}`)),
      await fetchPath(path.replace(/key=[^&]+/, '')),
      await fetchPath(path.replace(`/events/${edition.slug}/`, `/events/${draftEdition.slug}/`)),
    ]
    // A new management link (registering again sends one) revokes the feed's old address with it.
    const person = await registrationOf(theirs)
    const oldTheirs = await pathOf(theirs)
    await register(payload, edition.slug, registrant({ email: person.email }))
    answers.push(await fetchPath(oldTheirs))
    expect((await fetchPath(await pathOf(theirs))).status).toBe(200)
    for (const answer of answers) {
      expect(answer.status).toBe(404)
      expect(answer.headers.get('cache-control')).toBe('private, no-store')
      expect(await answer.text()).toBe(notFound)
    }
    expect((await fetchPath(path)).status).toBe(200)
  })

  it('stops when she cancels', async () => {
    const email = registrant().email
    const outcome = await register(payload, edition.slug, registrant({ email }))
    if (!('registrationId' in outcome)) throw new Error('not registered')
    const latest = await payload.find({ collection: 'email-deliveries', where: { to: { contains: email } }, sort: '-createdAt', limit: 1, overrideAccess: true })
    const token = latest.docs[0].text!.match(/registration\?token=([A-Za-z0-9_-]+)/)![1]
    const path = await pathOf(outcome.registrationId)
    expect((await fetchPath(path)).status).toBe(200)
    await cancelRegistration(payload, token)
    expect((await fetchPath(path)).status).toBe(404)
  })
})
