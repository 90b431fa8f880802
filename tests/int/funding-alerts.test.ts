import type { Payload } from 'payload'

import { plainHeaders } from '@/email/headers'
import { getStrings } from '@/i18n/strings'
import { confirmAlert } from '@/lib/funding/alerts/confirm'
import { sendAlertDigests } from '@/lib/funding/alerts/digest'
import { loadManagedAlert } from '@/lib/funding/alerts/manage'
import { forgetStaleAlerts } from '@/lib/funding/alerts/purge'
import { ALERT_LIMITS, subscribeToAlert } from '@/lib/funding/alerts/subscribe'
import type { FundingAction, FundingAlert } from '@/payload-types'
import { GET as unsubscribeGET, POST as unsubscribePOST } from '../../src/app/(frontend)/[locale]/funding/alerts/unsubscribe/route'
import { createFundingAction } from '../support/fundingFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { uniqueSuffix } from '../support/practiceFixtures'
import { graphqlQuery, rest } from '../support/rest'
import { ResendStub } from '../support/resendStub'

let payload: Payload
const stub = new ResendStub()
const DAY = 24 * 60 * 60 * 1000
const word = `zalert${uniqueSuffix().replace(/[^a-z]/g, '')}`
const query = `?q=${word}&instrument=grant`
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString()
const address = (name: string) => `${name}-${word}@example.org`

type SentMessage = { to: string[]; subject: string; text: string; html: string; headers?: Record<string, string> }

const messagesTo = (email: string): SentMessage[] =>
  stub.delivered.map((request) => request.body as SentMessage).filter((message) => [message.to].flat().includes(email))

let ipCounter = 0
function subscribe(email: string, options: { query?: string; locale?: 'en' | 'fr'; consent?: boolean } = {}) {
  const form = new FormData()
  form.set('email', email)
  form.set('query', options.query ?? query)
  if (options.consent !== false) form.set('consent', 'yes')
  return subscribeToAlert(payload, { form, locale: options.locale ?? 'en', ip: `203.0.113.${++ipCounter}` })
}

async function alertOf(email: string): Promise<FundingAlert> {
  const { docs } = await payload.find({ collection: 'funding-alerts', where: { email: { equals: email } }, overrideAccess: true })
  expect(docs).toHaveLength(1)
  return docs[0]
}

const confirmToken = (message: SentMessage) => /\/funding\/alerts\/confirm\?token=([A-Za-z0-9_-]+)/.exec(message.text)?.[1]

const routeContext = (locale: string) => ({ params: Promise.resolve({ locale }) })

async function runDigestJob() {
  await payload.jobs.queue({ task: 'fundingAlertDigest', input: {} })
  await drainJobs(payload)
}

const actions: Record<string, FundingAction> = {}

beforeAll(async () => {
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_test_alerts'
  const base = { summary: `A ${word} programme.`, instruments: ['grant' as const] }
  actions.closingSoon = await createFundingAction(payload, { ...base, title: `Closing soon ${word}`, dates: { closesAt: at(10) } })
  actions.closingLater = await createFundingAction(payload, { ...base, title: `Closing later ${word}`, dates: { closesAt: at(20) } })
  actions.loanClosingSoon = await createFundingAction(payload, { ...base, title: `Loan closing ${word}`, instruments: ['loan'], dates: { closesAt: at(5) } })
})

afterAll(async () => {
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

describe('the alert form', () => {
  it('refuses an incomplete form with errors in the visitor’s language, and saves nothing', async () => {
    const before = await payload.count({ collection: 'funding-alerts', overrideAccess: true })
    const empty = await subscribe('', { consent: false })
    expect(empty).toMatchObject({ status: 'invalid', errors: { email: 'emailRequired', consent: 'consentRequired' } })
    expect(await subscribe('not an address')).toMatchObject({ status: 'invalid', errors: { email: 'emailInvalid' } })
    expect((await payload.count({ collection: 'funding-alerts', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    expect(getStrings('fr').fundingAlerts.errors.emailRequired).toBe('Saisissez votre adresse e-mail')
  })

  it('limits how often one address may ask', async () => {
    const email = address('eager')
    for (let index = 0; index < ALERT_LIMITS.perEmailPerDay; index++) {
      expect((await subscribe(email, { query: `?q=${word}&level=eu` })).status).toBe('accepted')
    }
    expect(await subscribe(email, { query: `?q=${word}&level=eu` })).toMatchObject({ status: 'rateLimited', httpStatus: 429 })
  })
})

describe('double opt-in', () => {
  it('sends nothing but the confirmation before the address is confirmed, and one alert per address and search', async () => {
    const anna = address('anna')
    expect((await subscribe(anna, { locale: 'fr' })).status).toBe('accepted')
    const pending = await alertOf(anna)
    expect(pending).toMatchObject({ status: 'pending', locale: 'fr', query, consent: { source: 'funding-alert-form' } })
    expect(pending.consent?.at).toBeTruthy()
    expect(pending.consent?.textVersion).toBeTruthy()
    await drainJobs(payload)
    const [first] = messagesTo(anna)
    expect(messagesTo(anna)).toHaveLength(1)
    expect(first.subject).toBe(getStrings('fr').fundingAlerts.email.confirm.subject)
    expect(confirmToken(first)).toBeTruthy()

    // The same search, spelled differently (another order, a page, an unknown parameter): the same alert.
    expect((await subscribe(anna, { locale: 'fr', query: `?instrument=grant&q=${word}&page=3&colour=blue` })).status).toBe('accepted')
    expect((await alertOf(anna)).id).toBe(pending.id)
    await sendAlertDigests(payload)
    await drainJobs(payload)
    const sent = messagesTo(anna)
    expect(sent).toHaveLength(2)
    expect(sent[1].subject).toBe(first.subject)
    // The new link replaced the old one.
    expect(await confirmAlert(payload, confirmToken(first))).toEqual({ status: 'invalid' })
  })

  it('confirms once; a used, expired or broken link says so', async () => {
    const anna = address('anna')
    const token = confirmToken(messagesTo(anna)[1])
    expect(await confirmAlert(payload, token)).toMatchObject({ status: 'confirmed', locale: 'fr' })
    expect(await alertOf(anna)).toMatchObject({ status: 'confirmed' })
    expect(await confirmAlert(payload, token)).toEqual({ status: 'used' })
    expect(await confirmAlert(payload, 'not-a-token')).toEqual({ status: 'invalid' })

    const ben = address('ben')
    await subscribe(ben)
    await drainJobs(payload)
    const late = Date.now() + 8 * DAY
    expect(await confirmAlert(payload, confirmToken(messagesTo(ben)[0]), late)).toEqual({ status: 'expired' })
    expect(await alertOf(ben)).toMatchObject({ status: 'pending' })
    // A double click: two confirmations at once, one of them confirms.
    const twice = address('twice')
    await subscribe(twice)
    await drainJobs(payload)
    const link = confirmToken(messagesTo(twice)[0])
    const clicks = await Promise.all([confirmAlert(payload, link), confirmAlert(payload, link)])
    expect(clicks.map((click) => click.status).sort()).toEqual(['confirmed', 'used'])
    expect(await alertOf(twice)).toMatchObject({ status: 'confirmed' })
    // Out of the digests' counts below.
    await payload.delete({ collection: 'funding-alerts', where: { email: { equals: twice } }, overrideAccess: true })
    // Each outcome has its own words in every language.
    for (const locale of ['en', 'fr', 'es', 'pt'] as const) {
      const { confirm } = getStrings(locale).fundingAlerts
      expect(new Set([confirm.usedTitle, confirm.expiredTitle, confirm.invalidTitle]).size).toBe(3)
    }
  })
})

describe('the weekly digest', () => {
  let carl: string

  beforeAll(async () => {
    carl = address('carl')
    await subscribe(carl)
    // Dan's search matches nothing: his week has no news.
    await subscribe(address('dan'), { query: `?q=${word}nothing` })
    await drainJobs(payload)
    await confirmAlert(payload, confirmToken(messagesTo(carl)[0]))
    await confirmAlert(payload, confirmToken(messagesTo(address('dan'))[0]))
    actions.fresh = await createFundingAction(payload, { summary: `A new ${word} grant.`, title: `Fresh grant ${word}`, instruments: ['grant'], dates: { closesAt: at(40) } })
    actions.freshDraft = await createFundingAction(payload, { summary: `A ${word} draft.`, title: `Draft grant ${word}`, instruments: ['grant'] }, { draft: true })
    actions.freshLoan = await createFundingAction(payload, { summary: `A ${word} loan.`, title: `Fresh loan ${word}`, instruments: ['loan'] })
  })

  it('goes to confirmed subscribers only, with the new matches and the deadlines within 14 days', async () => {
    await runDigestJob()
    const [digest] = messagesTo(address('anna')).slice(2)
    expect(messagesTo(address('anna'))).toHaveLength(3)
    expect(digest.subject).toMatch(/^Alerte financement GKEC/)
    for (const body of [digest.text, digest.html]) {
      expect(body).toContain(`Fresh grant ${word}`)
      expect(body).toContain(`Closing soon ${word}`)
      expect(body).not.toContain(`Closing later ${word}`)
      expect(body).not.toContain(`Draft grant ${word}`)
      expect(body).not.toContain(`Fresh loan ${word}`)
      expect(body).not.toContain(`Loan closing ${word}`)
    }
    expect(messagesTo(carl)).toHaveLength(2)
    // Ben never confirmed: his confirmation is all he ever received.
    expect(messagesTo(address('ben'))).toHaveLength(1)
    // Nothing new and no deadline for Dan's search: no email at all.
    expect(messagesTo(address('dan'))).toHaveLength(1)
  })

  it('carries an unsubscribe link and the one-click headers', async () => {
    const digest = messagesTo(address('anna'))[2]
    const header = digest.headers?.['List-Unsubscribe']
    expect(header).toMatch(/^<http.+\/fr\/funding\/alerts\/unsubscribe\?token=.+>$/)
    expect(digest.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    const url = header!.slice(1, -1)
    expect(digest.text).toContain(url)
    expect(digest.html).toContain(url.replace(/&/g, '&amp;'))
  })

  it('reach Resend through the outbox with their headers, never with a forged one', () => {
    expect(plainHeaders({ 'List-Unsubscribe': '<https://example.org/u>', 'X-Evil': 'a\r\nBcc: victim@example.org', 'Bad Name': 'x' })).toEqual({
      'List-Unsubscribe': '<https://example.org/u>',
    })
    expect(plainHeaders([{ key: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' }])).toEqual({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' })
    expect(plainHeaders(undefined)).toBeUndefined()
  })

  it('is sent once a week, however often the job runs', async () => {
    await runDigestJob()
    expect(messagesTo(address('anna'))).toHaveLength(3)
    expect(messagesTo(carl)).toHaveLength(2)
    const run = await sendAlertDigests(payload)
    expect(run).toEqual({ sent: 0, empty: 0, failed: 0 })
  })

  it('stops at a one-click unsubscribe; opening the link alone stops nothing', async () => {
    const anna = address('anna')
    const url = messagesTo(anna)[2].headers!['List-Unsubscribe'].slice(1, -1)
    const opened = await unsubscribeGET(new Request(url), routeContext('fr'))
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toMatch(/^\/fr\/funding\/alerts\/manage\?token=/)
    expect(await alertOf(anna)).toMatchObject({ status: 'confirmed' })

    const manage = await loadManagedAlert(payload, new URL(opened.headers.get('location')!, 'http://localhost').searchParams.get('token'), 'fr')
    expect(manage).toMatchObject({ status: 'confirmed', query, maskedEmail: expect.stringMatching(/^a•+@example\.org$/) })

    const oneClick = await unsubscribePOST(
      new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }),
      routeContext('fr'),
    )
    expect(oneClick.status).toBe(200)
    expect(await alertOf(anna)).toMatchObject({ status: 'unsubscribed' })

    // Next week, with news: Carl gets it, Anna does not.
    await createFundingAction(payload, { summary: `Next week's ${word}.`, title: `Next week grant ${word}`, instruments: ['grant'] })
    const nextWeek = new Date(Date.now() + 7 * DAY)
    expect(await sendAlertDigests(payload, nextWeek)).toEqual({ sent: 1, empty: 1, failed: 0 })
    await drainJobs(payload)
    expect(messagesTo(anna)).toHaveLength(3)
    expect(messagesTo(carl)).toHaveLength(3)
    expect(messagesTo(carl)[2].text).toContain(`Next week grant ${word}`)
    expect(messagesTo(carl)[2].text).not.toContain(`Fresh grant ${word}`)
  })

  it('stops from the alert page’s button too, and refuses a forged link', async () => {
    const url = messagesTo(carl)[2].headers!['List-Unsubscribe'].slice(1, -1)
    const button = await unsubscribePOST(new Request(url, { method: 'POST' }), routeContext('en'))
    expect(button.status).toBe(303)
    expect(button.headers.get('location')).toMatch(/\/en\/funding\/alerts\/manage\?token=.+&unsubscribed=1$/)
    expect(await alertOf(carl)).toMatchObject({ status: 'unsubscribed' })
    const forged = url.replace(/token=(\d+)\./, (_, id: string) => `token=${Number(id) + 1}.`)
    expect((await unsubscribePOST(new Request(forged, { method: 'POST' }), routeContext('en'))).status).toBe(400)
  })

  it('forgets alerts never confirmed and alerts stopped a month ago', async () => {
    const later = new Date(Date.now() + 31 * DAY)
    await forgetStaleAlerts(payload, later)
    for (const name of ['anna', 'ben', 'carl']) {
      expect((await payload.count({ collection: 'funding-alerts', where: { email: { equals: address(name) } }, overrideAccess: true })).totalDocs).toBe(0)
    }
    // Dan's alert is confirmed and running: it stays.
    expect(await alertOf(address('dan'))).toMatchObject({ status: 'confirmed' })
  })
})

describe('the privacy of alerts', () => {
  it('keeps subscribers’ addresses from the public: no list, read or create through REST or GraphQL', async () => {
    await subscribe(address('private'))
    const alert = await alertOf(address('private'))
    expect((await rest('GET', '/funding-alerts')).status).toBe(403)
    expect((await rest('GET', `/funding-alerts/${alert.id}`)).status).toBe(403)
    expect((await rest('POST', '/funding-alerts', { json: { email: 'x@example.org', locale: 'en', query: '' } })).status).toBe(403)
    const graph = await graphqlQuery('{ FundingAlerts { docs { email } } }')
    expect(JSON.stringify(graph.data ?? {})).not.toContain('@example.org')
    expect(graph.errors?.length).toBeGreaterThan(0)
  })
})
