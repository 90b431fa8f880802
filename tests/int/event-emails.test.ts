import ICAL from 'ical.js'
import jsQR from 'jsqr'
import type { Payload } from 'payload'
import { PNG } from 'pngjs'

import { personalFeedPath } from '@/lib/events/calendar/personalFeed'
import { acceptOffer, cancelRegistration } from '@/lib/events/registration/manage'
import { register } from '@/lib/events/registration/register'
import { sendEventReminders } from '@/lib/events/reminders'
import { siteUrl } from '@/lib/seo/siteUrl'
import type { EventEdition, Registration } from '@/payload-types'
import { GET as personalGET } from '../../src/app/(frontend)/[locale]/events/[slug]/my-sessions.ics/route'
import { GET as programmeGET } from '../../src/app/(frontend)/[locale]/events/[slug]/programme.ics/route'
import { createEdition, registrant } from '../support/eventFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { uniqueSuffix } from '../support/practiceFixtures'
import { ResendStub } from '../support/resendStub'
import { rest } from '../support/rest'

let payload: Payload
const stub = new ResendStub()
const HOUR = 60 * 60 * 1000
const STREAM = 'https://stream.example.org/secret-room'
const quiet = { overrideAccess: true, context: { disableRevalidate: true } } as const

type SentAttachment = { filename: string; content: string; content_type?: string; content_id?: string }
type SentMail = { to: string[]; subject: string; text?: string; html?: string; attachments?: SentAttachment[]; tags?: Array<{ value: string }> }

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_test_event_emails'
})

afterAll(async () => {
  await drainJobs(payload)
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

/** What the Resend stub received for an address, after the outbox's jobs ran. */
async function mailsTo(email: string, template?: string): Promise<SentMail[]> {
  await drainJobs(payload)
  return stub.delivered
    .map((request) => request.body as SentMail)
    .filter((mail) => mail.to.includes(email) && (!template || mail.tags?.some((tag) => tag.value === template)))
}

const registrationOf = (id: number) => payload.findByID({ collection: 'registrations', id, overrideAccess: true }) as Promise<Registration>

async function registered(edition: EventEdition, overrides: Parameters<typeof registrant>[0] = {}) {
  const person = registrant(overrides)
  const outcome = await register(payload, edition.slug, person)
  if (!('registrationId' in outcome)) throw new Error(`Registration failed: ${outcome.outcome}`)
  return { ...person, id: outcome.registrationId, outcome: outcome.outcome }
}

function calendarIn(attachment: SentAttachment) {
  const calendar = new ICAL.Component(ICAL.parse(Buffer.from(attachment.content, 'base64').toString('utf8')))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
}

/** Reads a QR code image as a desk scanner does. */
function scan(attachment: SentAttachment): string | undefined {
  const image = PNG.sync.read(Buffer.from(attachment.content, 'base64'))
  return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data
}

const tokenIn = (mail: SentMail) => mail.text?.match(/registration\?token=([A-Za-z0-9_-]+)/)?.[1]

describe('the confirmation e-mail', () => {
  it('carries the event as an .ics file and, for a seat in the room, the check-in code as a QR code a scanner reads', async () => {
    const edition = await createEdition(payload, { inPerson: 5 }, { venue: { name: 'Square Meeting Centre', address: 'Mont des Arts\n1000 Brussels' } })
    const person = await registered(edition)
    const [mail] = await mailsTo(person.email, 'registration-confirmed')
    expect(mail.attachments?.map((file) => file.filename).sort()).toEqual(['check-in-code.png', `${edition.slug}.ics`])

    const ics = mail.attachments!.find((file) => file.filename.endsWith('.ics'))!
    expect(ics.content_type).toBe('text/calendar; charset=utf-8; method=PUBLISH')
    const [event] = calendarIn(ics)
    expect(event.uid).toBe(`edition-${edition.id}@${new URL(siteUrl()).host}`)
    expect(event.summary).toBe(edition.title)
    expect(event.startDate.zone?.tzid).toBe('Europe/Brussels')
    expect(event.startDate.toJSDate().toISOString()).toBe(edition.startsAt)
    expect(event.endDate.toJSDate().toISOString()).toBe(edition.endsAt)
    expect(event.location).toBe('Square Meeting Centre, Mont des Arts, 1000 Brussels')
    // Calendars are shared and synced: the private link stays in the e-mail only.
    const icsText = Buffer.from(ics.content, 'base64').toString('utf8')
    expect(icsText).not.toContain(tokenIn(mail)!)
    expect(icsText).not.toContain('stream.example.org')

    const { checkInCode } = await registrationOf(person.id)
    const qr = mail.attachments!.find((file) => file.filename === 'check-in-code.png')!
    expect(qr.content_type).toBe('image/png')
    expect(scan(qr)).toBe(checkInCode)
    // Shown inline (no remote image), and written out for typing at the desk.
    expect(mail.html).toContain(`src="cid:${qr.content_id}"`)
    expect(mail.html).not.toMatch(/<img[^>]+src="https?:/)
    const readable = `${checkInCode!.slice(0, 5)}-${checkInCode!.slice(5)}`
    expect(mail.text).toContain(readable)
    expect(mail.html).toContain(readable)
    expect(mail.text).toContain(`${edition.slug}.ics`)
    expect(`${mail.text}${mail.html}`).not.toContain('stream.example.org')
  })

  it('for an online place has the calendar file but no QR code, and says the streaming link will follow', async () => {
    const edition = await createEdition(payload, { inPerson: 5, online: 5 })
    const person = await registered(edition, { attendanceMode: 'online' })
    const [mail] = await mailsTo(person.email, 'registration-confirmed')
    expect(mail.attachments?.map((file) => file.filename)).toEqual([`${edition.slug}.ics`])
    expect(calendarIn(mail.attachments![0])[0].location).toBe('Online')
    expect(mail.text).toContain('within 24 hours before it starts')
    expect(mail.html).not.toContain('cid:')
    expect(`${mail.text}${mail.html}`).not.toContain('stream.example.org')
  })

  it('is in the registrant’s language, and a place on the waiting list carries no code and no file', async () => {
    const edition = await createEdition(payload, { inPerson: 1 })
    await payload.update({ collection: 'event-editions', id: edition.id, locale: 'fr', ...quiet, data: { title: `Rencontre ${edition.id}` } })
    const first = await registered(edition, { locale: 'fr' })
    const second = await registered(edition)
    const [confirmation] = await mailsTo(first.email, 'registration-confirmed')
    expect(confirmation.subject).toBe(`Votre place à Rencontre ${edition.id} est confirmée`)
    expect(confirmation.text).toContain('montrez ce code QR')
    expect(calendarIn(confirmation.attachments!.find((file) => file.filename.endsWith('.ics'))!)[0].summary).toBe(`Rencontre ${edition.id}`)
    const [waiting] = await mailsTo(second.email, 'registration-waitlisted')
    expect(waiting.attachments).toBeUndefined()
    expect(waiting.html).not.toContain('cid:')
  })

  it('after an accepted offer also holds the sessions she picked, published ones only', async () => {
    const edition = await createEdition(payload, { inPerson: 1 })
    const session = (title: string, status: 'published' | 'draft') =>
      payload.create({
        collection: 'event-sessions',
        ...quiet,
        draft: status === 'draft',
        data: { edition: edition.id, title, slug: `s-${uniqueSuffix()}`, type: 'panel', startsAt: edition.startsAt, endsAt: edition.endsAt, _status: status },
      })
    const picked = await session('Picked panel', 'published')
    const hidden = await session('Unannounced panel', 'draft')
    const holder = await registered(edition)
    const waiting = await registered(edition)
    await payload.update({ collection: 'registrations', id: waiting.id, ...quiet, data: { sessions: [picked.id, hidden.id] } })

    await cancelRegistration(payload, tokenIn((await mailsTo(holder.email, 'registration-confirmed'))[0])!)
    expect(await acceptOffer(payload, tokenIn((await mailsTo(waiting.email, 'registration-offered'))[0])!)).toMatchObject({ outcome: 'accepted' })
    const [mail] = await mailsTo(waiting.email, 'registration-confirmed')
    const host = new URL(siteUrl()).host
    const ics = mail.attachments!.find((file) => file.filename.endsWith('.ics'))!
    expect(calendarIn(ics).map((event) => event.uid)).toEqual([`edition-${edition.id}@${host}`, `session-${picked.id}@${host}`])
    expect(scan(mail.attachments!.find((file) => file.filename.endsWith('.png'))!)).toBe((await registrationOf(waiting.id)).checkInCode)
  })
})

describe('the outbox’s attachments', () => {
  it('keeps the bytes as base64 and refuses what it could not send later', async () => {
    const to = `attachments-${uniqueSuffix()}@example.org`
    await payload.sendEmail({ to, subject: 'Files', text: 'See the files.', attachments: [{ filename: 'a.txt', content: 'héllo' }, { filename: 'b.bin', content: Buffer.from([0, 1, 2]), contentType: 'application/octet-stream' }] })
    const [mail] = await mailsTo(to)
    expect(mail.attachments).toEqual([
      { filename: 'a.txt', content: Buffer.from('héllo').toString('base64'), content_type: 'application/octet-stream' },
      { filename: 'b.bin', content: 'AAEC', content_type: 'application/octet-stream' },
    ])
    await expect(payload.sendEmail({ to, subject: 'Path', text: 'x', attachments: [{ filename: 'c.txt', path: '/etc/hostname' }] })).rejects.toThrow(/not a stream, path or URL/)
  })
})

describe('the reminder and the streaming link', () => {
  /** An edition starting `hoursAhead` from now, with people in every state. */
  async function editionWithEveryone(hoursAhead: number) {
    const startsAt = new Date(Math.floor((Date.now() + hoursAhead * HOUR) / 60_000) * 60_000)
    const edition = await createEdition(payload, { inPerson: 2, online: 2 }, {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 30 * HOUR).toISOString(),
      venue: { name: 'Square Meeting Centre', address: 'Mont des Arts' },
    })
    const inPerson = await registered(edition)
    const online = await registered(edition, { attendanceMode: 'online', locale: 'pt' })
    const checkedIn = await registered(edition)
    const cancelled = await registered(edition, { attendanceMode: 'online' })
    const waitlisted = await registered(edition, { attendanceMode: 'online' })
    expect(waitlisted.outcome).toBe('waitlisted')
    await payload.update({ collection: 'registrations', id: checkedIn.id, ...quiet, data: { status: 'checked_in', checkedInAt: new Date().toISOString() } })
    await payload.update({ collection: 'registrations', id: cancelled.id, ...quiet, data: { status: 'cancelled', cancelledAt: new Date().toISOString() } })
    return { edition, inPerson, online, checkedIn, cancelled, waitlisted }
  }

  it('reminds each confirmed registrant once, a few days before, with the event page and her own calendar feed', async () => {
    const { edition, inPerson, online, checkedIn, cancelled, waitlisted } = await editionWithEveryone(2 * 24)
    const first = await sendEventReminders(payload)
    expect(first.reminders).toBeGreaterThanOrEqual(2)
    await sendEventReminders(payload)
    const reminders = async (email: string) => (await mailsTo(email, 'registration-reminder')).length
    expect(await reminders(inPerson.email)).toBe(1)
    expect(await reminders(online.email)).toBe(1)
    for (const person of [checkedIn, cancelled, waitlisted]) expect(await reminders(person.email)).toBe(0)
    expect((await registrationOf(inPerson.id)).reminderSentAt).toBeTruthy()

    const [mail] = await mailsTo(inPerson.email, 'registration-reminder')
    expect(mail.subject).toMatch(new RegExp(`^Reminder: ${edition.title} starts on `))
    expect(mail.text).toContain(`${siteUrl()}/en/events/${edition.slug}`)
    expect(mail.text).toContain('Venue: Square Meeting Centre, Mont des Arts')
    expect(mail.text).toContain('use the link in your confirmation e-mail')
    expect(mail.text).not.toMatch(/registration\?token=/)
    expect(`${mail.text}${mail.html}`).not.toContain('stream.example.org')
    // Her feed's address works, and is hers.
    const feed = personalFeedPath('en', edition.slug, await registrationOf(inPerson.id))
    expect(mail.text).toContain(`${siteUrl()}${feed}`)
    const response = await personalGET(new Request(`${siteUrl()}${feed}`), { params: Promise.resolve({ locale: 'en', slug: edition.slug }) })
    expect(response.status).toBe(200)

    const [portuguese] = await mailsTo(online.email, 'registration-reminder')
    expect(portuguese.subject).toMatch(/^Lembrete: /)
    expect(portuguese.text).toContain(`/pt/events/${edition.slug}/my-sessions.ics?`)
  })

  it('sends nothing before the reminder lead or once the event has started', async () => {
    const early = await editionWithEveryone(5 * 24)
    const started = await editionWithEveryone(-2)
    await sendEventReminders(payload)
    for (const person of [early.inPerson, early.online, started.inPerson]) expect(await mailsTo(person.email, 'registration-reminder')).toHaveLength(0)
    expect(await mailsTo(early.online.email, 'registration-streaming-link')).toHaveLength(0)
  })

  it('sends the streaming link within 24 hours of the start to online confirmed registrants only, once, even when two runs race', async () => {
    const { edition, inPerson, online, checkedIn, cancelled, waitlisted } = await editionWithEveryone(12)
    const runs = await Promise.all([sendEventReminders(payload), sendEventReminders(payload)])
    expect(runs.every((run) => run.failed === 0)).toBe(true)
    await sendEventReminders(payload)
    const links = async (email: string) => mailsTo(email, 'registration-streaming-link')
    const [mail, ...more] = await links(online.email)
    expect(more).toHaveLength(0)
    expect(mail.text).toContain(STREAM)
    expect(mail.html).toContain(STREAM)
    expect(mail.subject).toBe(`A sua ligação para acompanhar ${edition.title} online`)
    expect(mail.text).toContain(`${siteUrl()}/pt/events/${edition.slug}`)
    for (const person of [inPerson, checkedIn, cancelled, waitlisted]) expect(await links(person.email)).toHaveLength(0)
    // Every message to each person went out exactly once, whichever run claimed it.
    expect(await mailsTo(online.email, 'registration-reminder')).toHaveLength(1)
    expect(await mailsTo(inPerson.email, 'registration-reminder')).toHaveLength(1)
    expect((await registrationOf(online.id)).streamingLinkSentAt).toBeTruthy()
  })

  it('the streaming link never reaches the public: not in the feed, the API or e-mails to others', async () => {
    const { edition, inPerson } = await editionWithEveryone(12)
    await sendEventReminders(payload)
    const feed = await programmeGET(new Request(`${siteUrl()}/en/events/${edition.slug}/programme.ics`), { params: Promise.resolve({ locale: 'en', slug: edition.slug }) })
    expect(await feed.text()).not.toContain('stream.example.org')
    const api = await rest('GET', `/event-editions/${edition.id}`)
    expect(api.status).toBe(200)
    expect(await api.text()).not.toContain('stream.example.org')
    for (const mail of await mailsTo(inPerson.email)) expect(`${mail.text}${mail.html}`).not.toContain('stream.example.org')
  })
})
