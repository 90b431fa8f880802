import { parse as parseCsv } from 'csv-parse/sync'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import type { Payload } from 'payload'

import { OPEN_DATA_COLUMN_NAMES } from '@/lib/funding/feeds/openDataColumns'
import { fundingFeedLinks } from '@/lib/funding/feeds/links'
import { parseFundingSearchParams } from '@/lib/funding/params'
import { siteUrl } from '@/lib/seo/siteUrl'
import type { FundingAction } from '@/payload-types'
import { GET as calendarGET } from '../../src/app/(frontend)/[locale]/funding/deadlines.ics/route'
import { GET as csvGET } from '../../src/app/(frontend)/[locale]/funding/export.csv/route'
import { GET as jsonGET } from '../../src/app/(frontend)/[locale]/funding/export.json/route'
import { GET as atomGET } from '../../src/app/(frontend)/[locale]/funding/feed.atom/route'
import { createFundingAction, testCountry } from '../support/fundingFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { uniqueSuffix } from '../support/practiceFixtures'

let payload: Payload
const DAY = 24 * 60 * 60 * 1000
const word = `zfeed${uniqueSuffix().replace(/[^a-z]/g, '')}`
const host = () => new URL(siteUrl()).host
// Deadlines are set to the minute (iCalendar has no milliseconds).
const at = (days: number) => new Date(Math.floor((Date.now() + days * DAY) / 60_000) * 60_000).toISOString()

type Route = (request: Request, context: { params: Promise<{ locale: string }> }) => Promise<Response>
const call = (route: Route, locale: string, file: string, query: string) =>
  route(new Request(`http://localhost/${locale}/funding/${file}${query}`), { params: Promise.resolve({ locale }) })

// One search as the funding page would spell it: open grants for cities in Africa on a theme.
let query: string
const fixtures: Record<string, FundingAction> = {}
let themeSlug: string
let verifierEmail: string

beforeAll(async () => {
  payload = await getTestPayload()
  const african = await testCountry(payload, 'XW', { region: 'africa', odaEligible: true })
  await testCountry(payload, 'XV', { region: 'europe', euMember: true })
  const theme = await payload.create({ collection: 'themes', overrideAccess: true, data: { name: `Mobility ${word}`, slug: `mobility-${word}`, kind: 'domain' } })
  themeSlug = theme.slug as string
  const verifier = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `verifier-${word}@example.org`, password: 'a long enough password', name: 'Verifier', roles: ['editor'] },
  })
  verifierEmail = verifier.email
  const base = { summary: `A ${word} facility for cities.`, themes: [theme.id], instruments: ['grant' as const] }
  const make = (name: string, data: Parameters<typeof createFundingAction>[1] = {}, options: { draft?: boolean } = {}) =>
    createFundingAction(payload, { ...base, title: `${name} ${word}`, externalId: `${name}-${word}`, ...data }, options).then((action) => {
      fixtures[name] = action
    })
  // Created one after the other: the Atom feed's newest-first order follows.
  await make('brussels', {
    title: `R&D <Cities> ${word}`,
    eligibility: { applicantTypes: ['city'], regions: ['africa'] },
    dates: { opensAt: at(-10), closesAt: at(20), closesAt_tz: 'Europe/Brussels' },
    apply: { url: 'https://example.org/apply' },
    ticket: { min: 50_000, max: 750_000, currency: 'EUR', fundingRate: 80, coFinancingRequired: true },
    lastVerifiedBy: verifier.id,
  })
  await make('upcoming', { eligibility: { countries: [african.id] }, dates: { opensAt: at(5), closesAt: at(60) } })
  await make('draft', { eligibility: { regions: ['africa'] }, dates: { closesAt: at(15) } }, { draft: true })
  await make('longClosed', { dates: { closesAt: at(-60) } })
  await make('justClosed', { dates: { closesAt: at(-5) } })
  await make('loan', { instruments: ['loan'], dates: { closesAt: at(25) } })
  await make('europe', { eligibility: { regions: ['europe'] }, dates: { closesAt: at(25) } })
  await make('rolling', { dates: { rolling: true } })
  await make('otherApplicant', { eligibility: { applicantTypes: ['business'] }, dates: { closesAt: at(30) } })
  query = `?q=${word}&instrument=grant&applicant=city&region=africa&theme=${themeSlug}`
})

afterAll(async () => {
  await closePayload(payload)
})

/** Registers the calendar's own VTIMEZONE blocks, as a calendar app does, then reads its events. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) })) }
}

describe('the iCalendar feed of deadlines', () => {
  it('parses with a standard iCalendar parser and holds exactly the filtered deadlines, at their exact moments', async () => {
    const response = await call(calendarGET, 'en', 'deadlines.ics', query)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=900/)
    const text = await response.text()
    const { calendar, events } = readCalendar(text)
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')

    const deadlines = events.filter(({ event }) => event.uid.includes('-deadline@'))
    // A draft, one closed two months ago, a loan, one for Europe only, a rolling one and one for businesses are absent;
    // one closed five days ago stays (calendar apps keep the history their owner saw).
    const expected = ['brussels', 'upcoming', 'justClosed'].map((name) => `funding-action-${fixtures[name].id}-deadline@${host()}`)
    expect(deadlines.map(({ event }) => event.uid).sort()).toEqual(expected.sort())
    for (const { event } of deadlines) {
      const action = Object.values(fixtures).find((fixture) => event.uid.startsWith(`funding-action-${fixture.id}-`))!
      expect(event.summary).toBe(`Deadline: ${action.title}`)
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(action.dates!.closesAt!))
      expect(event.component.getFirstPropertyValue('url')).toBe(`${siteUrl()}/en/funding/${action.slug}`)
      expect(event.description).toContain(action.summary)
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy()
    }
    // Openings ahead or recent get an event of their own.
    const openings = events.filter(({ event }) => event.uid.includes('-opening@')).map(({ event }) => event.uid)
    expect(openings.sort()).toEqual(['brussels', 'upcoming'].map((name) => `funding-action-${fixtures[name].id}-opening@${host()}`).sort())
  })

  it('keeps the funder’s time zone, escapes text and folds long lines', async () => {
    const text = await (await call(calendarGET, 'en', 'deadlines.ics', query)).text()
    const { events } = readCalendar(text)
    const brussels = events.find(({ event }) => event.uid === `funding-action-${fixtures.brussels.id}-deadline@${host()}`)!
    expect(brussels.event.startDate.zone?.tzid).toBe('Europe/Brussels')
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Brussels/)
    expect(brussels.event.summary).toBe(`Deadline: R&D <Cities> ${word}`)
    expect(brussels.event.description).toContain('How to apply: https://example.org/apply')
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
  })

  it('is subscribable: webcal:// with the same address, and the search page’s filters carried over', async () => {
    const links = fundingFeedLinks('en', parseFundingSearchParams(new URLSearchParams(query)))
    expect(links.calendar.startsWith(`${siteUrl()}/en/funding/deadlines.ics?`)).toBe(true)
    expect(links.webcal).toBe(links.calendar.replace('http:', 'webcal:'))
    expect(new URL(links.calendar).searchParams.getAll('instrument')).toEqual(['grant'])
    expect((await call(calendarGET, 'xx', 'deadlines.ics', '')).status).toBe(404)
  })
})

describe('the Atom feed of new actions', () => {
  it('is well-formed XML with the matching published actions, newest first, in the asked language', async () => {
    await payload.update({
      collection: 'funding-actions',
      id: fixtures.upcoming.id,
      locale: 'fr',
      data: { title: `Facilité à venir ${word}`, summary: `Une facilité ${word}.` },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const response = await call(atomGET, 'fr', 'feed.atom', `?q=${word}&instrument=grant`)
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const text = await response.text()
    expect(XMLValidator.validate(text)).toBe(true)
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(text).feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    const ids = (feed.entry as Array<{ id: string }>).map((entry) => entry.id)
    const url = (name: string) => `${siteUrl()}/fr/funding/${fixtures[name].slug}`
    // Published and not closed (as the search page shows them by default), newest first.
    expect(ids).toEqual(['otherApplicant', 'rolling', 'europe', 'upcoming', 'brussels'].map(url))
    const upcoming = feed.entry.find((entry: { id: string }) => entry.id === url('upcoming'))
    expect(upcoming.title['#text']).toBe(`Facilité à venir ${word}`)
    expect(upcoming.published).toBe(new Date(fixtures.upcoming.publishedAt!).toISOString())
    expect(upcoming.updated).toBeTruthy()
    // Plain text is escaped as HTML inside the html-typed title.
    const brussels = feed.entry.find((entry: { id: string }) => entry.id === url('brussels'))
    expect(brussels.title['#text']).toBe(`R&amp;D &lt;Cities&gt; ${word}`)
    expect(feed.link.map((link: Record<string, string>) => link['@_rel'])).toEqual(expect.arrayContaining(['alternate', 'self']))
  })
})

describe('the open-data exports', () => {
  it('give every matching published row as CSV, with the documented columns and no staff data', async () => {
    const response = await call(csvGET, 'en', 'export.csv', `?q=${word}&instrument=grant&region=africa`)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    const text = await response.text()
    const rows = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0])).toEqual(OPEN_DATA_COLUMN_NAMES)
    expect(rows.map((row) => row.external_id).sort()).toEqual([`brussels-${word}`, `otherApplicant-${word}`, `rolling-${word}`, `upcoming-${word}`].sort())
    const brussels = rows.find((row) => row.external_id === `brussels-${word}`)!
    expect(brussels).toMatchObject({
      title: `R&D <Cities> ${word}`,
      instruments: 'grant',
      themes: themeSlug,
      eligible_regions: 'africa',
      applicant_types: 'city',
      ticket_min: '50000',
      ticket_max: '750000',
      currency: 'EUR',
      funding_rate: '80',
      co_financing_required: 'yes',
      consortium_required: 'no',
      time_zone: 'Europe/Brussels',
      apply_url: 'https://example.org/apply',
      url: `${siteUrl()}/en/funding/${fixtures.brussels.slug}`,
    })
    expect(Date.parse(brussels.closes_at)).toBe(Date.parse(fixtures.brussels.dates!.closesAt!))
    expect(brussels.closes_at).toMatch(/\+0[12]:00$/)
    expect(text).not.toContain(verifierEmail)
    expect(text).not.toMatch(/verified_by|lastVerifiedBy/i)
  })

  it('give the same rows as JSON, with what each field means, and honour every filter', async () => {
    const response = await call(jsonGET, 'en', 'export.json', `?q=${word}&instrument=grant&region=africa&applicant=city`)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const text = await response.text()
    const data = JSON.parse(text)
    expect(Object.keys(data.fields)).toEqual(OPEN_DATA_COLUMN_NAMES)
    expect(data.items.map((item: { external_id: string }) => item.external_id).sort()).toEqual([`brussels-${word}`, `rolling-${word}`, `upcoming-${word}`].sort())
    const brussels = data.items.find((item: { external_id: string }) => item.external_id === `brussels-${word}`)
    expect(brussels).toMatchObject({ instruments: ['grant'], co_financing_required: true, ticket_min: 50000, eligible_regions: ['africa'] })
    expect(Object.keys(brussels)).toEqual(OPEN_DATA_COLUMN_NAMES)
    expect(text).not.toContain(`draft-${word}`)
    expect(text).not.toContain(verifierEmail)
    expect(text).not.toMatch(/verified_by|lastVerifiedBy/i)
  })

  it('hold every matching row, not one page of them', async () => {
    const many = `zmany${uniqueSuffix().replace(/[^a-z]/g, '')}`
    for (let index = 0; index < 23; index++) {
      await createFundingAction(payload, { summary: `A ${many} programme.`, externalId: `${many}-${index}` })
    }
    const response = await call(jsonGET, 'en', 'export.json', `?q=${many}`)
    expect(response.headers.get('x-total-count')).toBe('23')
    expect(JSON.parse(await response.text()).items).toHaveLength(23)
  })
})
