import { createHmac, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { getStrings } from '@/i18n/strings'
import { preferencesPath } from '@/lib/newsletter/links'
import { NEWSLETTER_CONSENT_VERSION } from '@/lib/newsletter/subscribers/consent'
import { confirmSubscription } from '@/lib/newsletter/subscribers/confirm'
import { SIGNUP_LIMITS } from '@/lib/newsletter/subscribers/limits'
import { loadPreferences, resubscribe, savePreferences } from '@/lib/newsletter/subscribers/preferences'
import { forgetUnconfirmedSubscribers } from '@/lib/newsletter/subscribers/purge'
import { subscribeToNewsletter } from '@/lib/newsletter/subscribers/subscribe'
import { hashConfirmToken, signSubscriberToken } from '@/lib/newsletter/tokens'
import type { Campaign, Subscriber } from '@/payload-types'
import { GET as unsubscribeGET, POST as unsubscribePOST } from '../../src/app/(frontend)/[locale]/newsletter/unsubscribe/route'
import { POST as webhookPOST } from '../../src/app/next/resend-webhook/route'
import { createCampaign, createSubscriber } from '../support/campaignFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { createStaff, uniqueSuffix } from '../support/practiceFixtures'
import { rest } from '../support/rest'
import { ResendStub } from '../support/resendStub'

let payload: Payload
const stub = new ResendStub()
const DAY = 24 * 60 * 60 * 1000
const word = `znl${uniqueSuffix().replace(/[^a-z0-9]/g, '')}`
const address = (name: string) => `${name}-${word}@example.org`
const WEBHOOK_SECRET = `whsec_${randomBytes(24).toString('base64')}`

type SentMessage = { to: string[]; subject: string; text: string; html: string; headers?: Record<string, string> }

const messagesTo = (email: string): SentMessage[] =>
  stub.delivered.map((request) => request.body as SentMessage).filter((message) => [message.to].flat().includes(email))

const confirmToken = (message: SentMessage) => /\/newsletter\/confirm\?token=([A-Za-z0-9_-]+)/.exec(message.text)?.[1]

let themeId: number
let otherThemeId: number
let campaign: Campaign
let ipCounter = 0

type SignupInput = {
  email: string
  language?: string
  pageLocale?: 'en' | 'fr' | 'es' | 'pt'
  themes?: Array<number | string>
  regions?: string[]
  consent?: boolean
  campaign?: number
  honeypot?: string
  ip?: string
}

function signup({ email, language = 'en', pageLocale = 'en', themes = [], regions = [], consent = true, campaign: campaignId, honeypot, ip }: SignupInput) {
  const form = new FormData()
  form.set('email', email)
  form.set('language', language)
  for (const theme of themes) form.append('themes', String(theme))
  for (const region of regions) form.append('regions', region)
  if (consent) form.set('consent', 'yes')
  if (campaignId) form.set('campaign', String(campaignId))
  if (honeypot) form.set('website', honeypot)
  return subscribeToNewsletter(payload, { form, locale: pageLocale, ip: ip ?? `198.51.100.${++ipCounter % 250}` })
}

async function subscriberOf(email: string): Promise<Subscriber> {
  const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })
  expect(docs).toHaveLength(1)
  return docs[0]
}

const countSubscribers = async () => (await payload.count({ collection: 'subscribers', overrideAccess: true })).totalDocs

async function signupMetrics(campaignId: number): Promise<number> {
  const { docs } = await payload.find({
    collection: 'campaign-metrics',
    where: { and: [{ campaign: { equals: campaignId } }, { kind: { equals: 'signup' } }] },
    overrideAccess: true,
    limit: 100,
  })
  return docs.reduce((sum, row) => sum + (row.count ?? 0), 0)
}

const routeContext = (locale: string) => ({ params: Promise.resolve({ locale }) })

/** The List-Unsubscribe address of a message, as a mail client reads it. */
const listUnsubscribeUrl = (message: SentMessage) => new URL(message.headers!['List-Unsubscribe'].slice(1, -1))

const oneClickPost = (url: URL) =>
  new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })

/** A Resend (Svix) webhook call, signed as Resend signs it, or with another secret. */
function webhookRequest(event: unknown, secret = WEBHOOK_SECRET): Request {
  const body = JSON.stringify(event)
  const id = `msg_${uniqueSuffix()}`
  const timestamp = String(Math.floor(Date.now() / 1000))
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return new Request('http://localhost/next/resend-webhook', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': `v1,${signature}` },
    body,
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_test_newsletter'
  process.env.RESEND_WEBHOOK_SECRET = WEBHOOK_SECRET
  themeId = (await payload.create({ collection: 'themes', overrideAccess: true, data: { name: `Theme ${word}`, slug: `theme-${word}`, kind: 'domain' } })).id
  otherThemeId = (await payload.create({ collection: 'themes', overrideAccess: true, data: { name: `Enabler ${word}`, slug: `enabler-${word}`, kind: 'enabler' } })).id
  campaign = await createCampaign(payload)
})

afterAll(async () => {
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  delete process.env.RESEND_WEBHOOK_SECRET
  await stub.stop()
  await closePayload(payload)
})

describe('the sign-up form', () => {
  it('refuses bad input with errors in the visitor’s language, and writes nothing', async () => {
    const before = await countSubscribers()
    expect(await signup({ email: '', consent: false })).toMatchObject({ status: 'invalid', httpStatus: 400, errors: { email: 'emailRequired', consent: 'consentRequired' } })
    expect(await signup({ email: 'not an address' })).toMatchObject({ status: 'invalid', errors: { email: 'emailInvalid' } })
    expect(await signup({ email: address('bad'), language: 'de' })).toMatchObject({ status: 'invalid', errors: { language: 'languageInvalid' } })
    expect(await signup({ email: address('bad'), regions: ['atlantis'] })).toMatchObject({ status: 'invalid', errors: { regions: 'regionsInvalid' } })
    expect(await signup({ email: address('bad'), themes: [987_654_321] })).toMatchObject({ status: 'invalid', errors: { themes: 'themesInvalid' } })
    expect(await signup({ email: address('bad'), themes: ['energy'] })).toMatchObject({ status: 'invalid', errors: { themes: 'themesInvalid' } })
    expect(await countSubscribers()).toBe(before)
    await drainJobs(payload)
    expect(messagesTo(address('bad'))).toHaveLength(0)
    // Every message exists in every language, and is translated.
    expect(getStrings('fr').newsletter.errors.emailRequired).toBe('Saisissez votre adresse e-mail')
    for (const locale of ['fr', 'es', 'pt'] as const) {
      expect(getStrings(locale).newsletter.errors.consentRequired).not.toBe(getStrings('en').newsletter.errors.consentRequired)
    }
  })

  it('takes a bot that fills the hidden field for a sign-up, and saves nothing', async () => {
    const before = await countSubscribers()
    expect(await signup({ email: address('bot'), honeypot: 'https://spam.example' })).toEqual({ status: 'accepted', httpStatus: 200 })
    expect(await countSubscribers()).toBe(before)
  })

  it('limits how often one address, and one IP address, may sign up', async () => {
    const eager = address('eager')
    for (let index = 0; index < SIGNUP_LIMITS.perEmailPerDay; index++) expect((await signup({ email: eager })).status).toBe('accepted')
    expect(await signup({ email: eager })).toMatchObject({ status: 'rateLimited', httpStatus: 429 })

    const ip = '192.0.2.77'
    for (let index = 0; index < SIGNUP_LIMITS.perIpPerHour; index++) expect((await signup({ email: address(`crowd${index}`), ip })).status).toBe('accepted')
    expect(await signup({ email: address('one-too-many'), ip })).toMatchObject({ status: 'rateLimited' })
  })
})

describe('double opt-in', () => {
  const anna = address('anna')

  it('saves a pending subscriber with her consent, and sends her one email: the confirmation, in her language', async () => {
    const outcome = await signup({ email: anna.toUpperCase(), language: 'fr', pageLocale: 'en', themes: [themeId], regions: ['europe', 'africa'], campaign: campaign.id })
    expect(outcome).toEqual({ status: 'accepted', httpStatus: 200 })
    const pending = await subscriberOf(anna)
    expect(pending).toMatchObject({
      status: 'pending',
      locale: 'fr',
      interests: { themes: [themeId], regions: ['europe', 'africa'] },
      consent: { source: `campaign:${campaign.slug}`, textVersion: NEWSLETTER_CONSENT_VERSION },
      campaign: campaign.id,
    })
    expect(Date.now() - Date.parse(pending.consent!.at!)).toBeLessThan(60_000)
    expect(pending.confirmedAt ?? null).toBeNull()

    await drainJobs(payload)
    const sent = messagesTo(anna)
    expect(sent).toHaveLength(1)
    expect(sent[0].subject).toBe(getStrings('fr').newsletter.optInEmail.confirm.subject)
    const token = confirmToken(sent[0])
    expect(sent[0].text).toContain(`/fr/newsletter/confirm?token=${token}`)
    // Only the token's hash is stored: the database alone cannot confirm anyone.
    expect(pending.confirmTokenHash).toBe(hashConfirmToken(token!))
    expect(JSON.stringify(pending)).not.toContain(token)
  })

  it('staff and the public cannot read the confirmation hash, and the public cannot list or create subscribers', async () => {
    const listed = await rest('GET', `/subscribers?where[email][equals]=${encodeURIComponent(anna)}`)
    expect(listed.status).toBe(403)
    const created = await rest('POST', '/subscribers', { json: { email: address('forged'), locale: 'en', status: 'confirmed' } })
    expect(created.status).toBe(403)
    expect(await payload.count({ collection: 'subscribers', where: { email: { equals: address('forged') } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })

    const { token } = await createStaff(payload, 'communications')
    const read = await rest('GET', `/subscribers?where[email][equals]=${encodeURIComponent(anna)}`, { token })
    expect(read.status).toBe(200)
    const [seen] = (await read.json()).docs as Subscriber[]
    expect(seen).toMatchObject({ email: anna, status: 'pending' })
    expect(seen).not.toHaveProperty('confirmTokenHash')
  })

  it('a wrong or expired link confirms nothing and says why; the right one confirms once and counts one sign-up for the campaign', async () => {
    const token = confirmToken(messagesTo(anna)[0])!
    expect(await confirmSubscription(payload, 'x'.repeat(43))).toEqual({ status: 'invalid' })
    expect(await confirmSubscription(payload, 'not a token')).toEqual({ status: 'invalid' })
    expect(await confirmSubscription(payload, token, Date.now() + 8 * DAY)).toEqual({ status: 'expired' })
    expect(await subscriberOf(anna)).toMatchObject({ status: 'pending' })
    expect(await signupMetrics(campaign.id)).toBe(0)

    // Two clicks at once (a double click, a second tab): one confirmation, one sign-up counted.
    const outcomes = await Promise.all([confirmSubscription(payload, token), confirmSubscription(payload, token)])
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['confirmed', 'used'])
    expect(outcomes.find((outcome) => outcome.status === 'confirmed')).toMatchObject({ locale: 'fr' })
    const confirmed = await subscriberOf(anna)
    expect(confirmed.status).toBe('confirmed')
    expect(confirmed.confirmedAt).toBeTruthy()
    expect(await confirmSubscription(payload, token)).toEqual({ status: 'used' })
    expect(await signupMetrics(campaign.id)).toBe(1)

    // Each outcome has its own words in every language.
    for (const locale of ['en', 'fr', 'es', 'pt'] as const) {
      const { confirm } = getStrings(locale).newsletter
      expect(new Set([confirm.usedTitle, confirm.expiredTitle, confirm.invalidTitle]).size).toBe(3)
    }
  })

  it('answers a known address exactly as an unknown one; a confirmed address is not subscribed twice, only told the way to its preferences', async () => {
    const before = await subscriberOf(anna)
    const known = await signup({ email: anna, language: 'en', regions: ['asia'] })
    const unknown = await signup({ email: address('newcomer'), language: 'en' })
    expect(known).toEqual(unknown)
    const after = await subscriberOf(anna)
    expect(after).toMatchObject({ status: 'confirmed', locale: 'fr', confirmedAt: before.confirmedAt, interests: { regions: ['europe', 'africa'] } })
    await drainJobs(payload)
    const sent = messagesTo(anna)
    expect(sent).toHaveLength(2)
    expect(sent[1].subject).toBe(getStrings('fr').newsletter.optInEmail.already.subject)
    expect(confirmToken(sent[1])).toBeUndefined()
    expect(sent[1].text).toContain(preferencesPath('fr', after.id))
  })

  it('a pending address that signs up again gets a fresh link, and the old one stops working', async () => {
    const ben = address('ben')
    await signup({ email: ben, pageLocale: 'pt', language: 'pt' })
    await drainJobs(payload)
    const first = confirmToken(messagesTo(ben)[0])
    await signup({ email: ben, pageLocale: 'pt', language: 'es' })
    await drainJobs(payload)
    const sent = messagesTo(ben)
    expect(sent).toHaveLength(2)
    expect(sent[1].subject).toBe(getStrings('es').newsletter.optInEmail.confirm.subject)
    expect(await subscriberOf(ben)).toMatchObject({ status: 'pending', locale: 'es', consent: { source: 'page:/pt/newsletter' }, campaign: null })
    expect(await confirmSubscription(payload, first)).toEqual({ status: 'invalid' })
    expect(await confirmSubscription(payload, confirmToken(sent[1]))).toMatchObject({ status: 'confirmed', locale: 'es' })
  })

  it('a sign-up that names an unpublished campaign is kept, but counted for no campaign', async () => {
    const draft = await createCampaign(payload, { status: 'draft' })
    const carla = address('carla')
    await signup({ email: carla, campaign: draft.id })
    expect(await subscriberOf(carla)).toMatchObject({ campaign: null, consent: { source: 'page:/en/newsletter' } })
    await drainJobs(payload)
    await confirmSubscription(payload, confirmToken(messagesTo(carla)[0]))
    expect(await signupMetrics(draft.id)).toBe(0)
  })
})

describe('unsubscribe', () => {
  it('a GET of the link changes nothing and leads to the page with the button; a forged link answers 400', async () => {
    const subscriber = await createSubscriber(payload, { email: address('gina') })
    const url = new URL(`http://localhost/en/newsletter/unsubscribe?token=${encodeURIComponent(signSubscriberToken(subscriber.id))}`)
    const response = await unsubscribeGET(new Request(url), routeContext('en'))
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toMatch(/^\/en\/newsletter\/unsubscribe\/confirm\?token=/)
    expect((await subscriberOf(subscriber.email)).status).toBe('confirmed')

    const forged = await unsubscribeGET(new Request(`http://localhost/en/newsletter/unsubscribe?token=${subscriber.id}.${'A'.repeat(43)}`), routeContext('en'))
    expect(forged.status).toBe(400)
    expect(await forged.text()).toContain(getStrings('en').newsletter.unsubscribe.invalidTitle)
  })

  it('the page’s button (a plain POST) unsubscribes, and a second post changes nothing more', async () => {
    const subscriber = await createSubscriber(payload, { email: address('hugo'), locale: 'es' })
    const url = `http://localhost/es/newsletter/unsubscribe?token=${encodeURIComponent(signSubscriberToken(subscriber.id))}`
    const response = await unsubscribePOST(new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: '' }), routeContext('es'))
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toMatch(/^\/es\/newsletter\/unsubscribe\/confirm\?token=.+&done=1$/)
    const stopped = await subscriberOf(subscriber.email)
    expect(stopped.status).toBe('unsubscribed')
    expect(stopped.unsubscribedAt).toBeTruthy()

    const again = await unsubscribePOST(new Request(url, { method: 'POST', body: '' }), routeContext('es'))
    expect(again.status).toBe(303)
    expect((await subscriberOf(subscriber.email)).unsubscribedAt).toBe(stopped.unsubscribedAt)
  })

  it('a mail client’s one-click POST to the List-Unsubscribe address unsubscribes, with no cookie and no JavaScript', async () => {
    const dora = address('dora')
    await signup({ email: dora, language: 'pt' })
    await drainJobs(payload)
    await confirmSubscription(payload, confirmToken(messagesTo(dora)[0]))
    const [message] = messagesTo(dora)
    expect(message.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    const url = listUnsubscribeUrl(message)
    expect(url.pathname).toBe('/pt/newsletter/unsubscribe')

    const response = await unsubscribePOST(oneClickPost(url), routeContext('pt'))
    expect(response.status).toBe(200)
    expect(response.headers.get('Set-Cookie')).toBeNull()
    expect(await response.text()).toBe(getStrings('pt').newsletter.unsubscribe.oneClickDone)
    expect(await subscriberOf(dora)).toMatchObject({ status: 'unsubscribed' })
    // Her confirmation link, should she click it now, starts nothing again.
    expect(await confirmSubscription(payload, confirmToken(message))).toEqual({ status: 'used' })
  })

  it('a one-click POST with a forged or unknown token answers 400 and changes nothing', async () => {
    const subscriber = await createSubscriber(payload, { email: address('ivan') })
    const forged = new URL(`http://localhost/en/newsletter/unsubscribe?token=${subscriber.id}.${'B'.repeat(43)}`)
    expect((await unsubscribePOST(oneClickPost(forged), routeContext('en'))).status).toBe(400)
    const erased = new URL(`http://localhost/en/newsletter/unsubscribe?token=${encodeURIComponent(signSubscriberToken(987_654_321))}`)
    expect((await unsubscribePOST(oneClickPost(erased), routeContext('en'))).status).toBe(400)
    expect((await unsubscribePOST(oneClickPost(new URL('http://localhost/en/newsletter/unsubscribe')), routeContext('en'))).status).toBe(400)
    expect((await subscriberOf(subscriber.email)).status).toBe('confirmed')
  })
})

describe('preferences', () => {
  const form = (values: { language?: string; themes?: Array<number | string>; regions?: string[] }) => {
    const data = new FormData()
    if (values.language) data.set('language', values.language)
    for (const theme of values.themes ?? []) data.append('themes', String(theme))
    for (const region of values.regions ?? []) data.append('regions', region)
    return data
  }

  it('shows and changes language and interests by the signed link, without an account', async () => {
    const subscriber = await createSubscriber(payload, { email: address('eva'), interests: { themes: [themeId], regions: ['asia'] } })
    const token = signSubscriberToken(subscriber.id)
    expect(await loadPreferences(payload, token)).toMatchObject({ status: 'confirmed', language: 'en', themes: [String(themeId)], regions: ['asia'] })
    expect((await loadPreferences(payload, token))!.maskedEmail).not.toContain('eva-')

    expect(await savePreferences(payload, { token, form: form({ language: 'fr', themes: [otherThemeId, themeId], regions: ['oceania'] }) })).toEqual({ status: 'saved', locale: 'fr' })
    expect(await subscriberOf(subscriber.email)).toMatchObject({
      status: 'confirmed',
      locale: 'fr',
      interests: { themes: expect.arrayContaining([themeId, otherThemeId]), regions: ['oceania'] },
    })
    // No interests at all: every newsletter.
    await savePreferences(payload, { token, form: form({ language: 'fr' }) })
    expect(await subscriberOf(subscriber.email)).toMatchObject({ interests: { themes: [], regions: [] } })
  })

  it('refuses a forged link and bad choices, and changes nothing', async () => {
    const subscriber = await createSubscriber(payload, { email: address('finn'), locale: 'es' })
    const token = signSubscriberToken(subscriber.id)
    expect(await loadPreferences(payload, `${subscriber.id}.${'C'.repeat(43)}`)).toBeNull()
    expect(await savePreferences(payload, { token: `${subscriber.id}.${'C'.repeat(43)}`, form: form({ language: 'fr' }) })).toEqual({ status: 'unknown' })
    expect(await savePreferences(payload, { token, form: form({ language: 'fr', regions: ['mars'] }) })).toEqual({ status: 'invalid', errors: { regions: 'regionsInvalid' } })
    expect(await savePreferences(payload, { token, form: form({ language: 'xx' }) })).toMatchObject({ status: 'invalid', errors: { language: 'languageInvalid' } })
    expect(await savePreferences(payload, { token, form: form({ language: 'fr', themes: [987_654_321] }) })).toMatchObject({ status: 'invalid', errors: { themes: 'themesInvalid' } })
    expect(await subscriberOf(subscriber.email)).toMatchObject({ locale: 'es' })
  })

  it('subscribing again after unsubscribing needs a new confirmation', async () => {
    const subscriber = await createSubscriber(payload, { email: address('jo'), locale: 'fr', status: 'unsubscribed', unsubscribedAt: new Date().toISOString() })
    const token = signSubscriberToken(subscriber.id)
    expect(await resubscribe(payload, { token, pageLocale: 'fr' })).toEqual({ status: 'sent' })
    expect(await subscriberOf(subscriber.email)).toMatchObject({ status: 'pending', consent: { source: 'page:/fr/newsletter/preferences', textVersion: NEWSLETTER_CONSENT_VERSION } })
    await drainJobs(payload)
    const sent = messagesTo(subscriber.email)
    expect(sent).toHaveLength(1)
    expect(sent[0].subject).toBe(getStrings('fr').newsletter.optInEmail.confirm.subject)
    expect(await confirmSubscription(payload, confirmToken(sent[0]))).toMatchObject({ status: 'confirmed' })
    // Confirmed: nothing more to send.
    expect(await resubscribe(payload, { token, pageLocale: 'fr' })).toEqual({ status: 'alreadySubscribed' })
    await drainJobs(payload)
    expect(messagesTo(subscriber.email)).toHaveLength(1)
  })

  it('erasing a subscriber on request (an admin delete) leaves her links pointing at nothing', async () => {
    const subscriber = await createSubscriber(payload, { email: address('kim') })
    const token = signSubscriberToken(subscriber.id)
    await payload.delete({ collection: 'subscribers', id: subscriber.id, overrideAccess: true })
    expect(await loadPreferences(payload, token)).toBeNull()
    const url = new URL(`http://localhost/en/newsletter/unsubscribe?token=${encodeURIComponent(token)}`)
    expect((await unsubscribePOST(oneClickPost(url), routeContext('en'))).status).toBe(400)
  })
})

describe('forgetting', () => {
  it('erases addresses whose confirmation link expired unused, and nobody else', async () => {
    const expired = new Date(Date.now() - DAY).toISOString()
    const unconfirmed = await createSubscriber(payload, { email: address('pat'), status: 'pending', confirmedAt: null, confirmExpiresAt: expired })
    const waiting = await createSubscriber(payload, { email: address('quinn'), status: 'pending', confirmedAt: null, confirmExpiresAt: new Date(Date.now() + DAY).toISOString() })
    const stopped = await createSubscriber(payload, { email: address('ros'), status: 'unsubscribed', confirmExpiresAt: expired })
    const reader = await createSubscriber(payload, { email: address('sam'), confirmExpiresAt: expired })
    expect(await forgetUnconfirmedSubscribers(payload)).toBeGreaterThanOrEqual(1)
    const left = await payload.find({ collection: 'subscribers', where: { id: { in: [unconfirmed.id, waiting.id, stopped.id, reader.id] } }, overrideAccess: true, depth: 0 })
    expect(left.docs.map((doc) => doc.email).sort()).toEqual([waiting.email, stopped.email, reader.email].sort())
  })
})

describe('bounces and complaints (Resend webhook)', () => {
  const event = (type: string, to: string) => ({ type, created_at: new Date().toISOString(), data: { email_id: uniqueSuffix(), to: [to], subject: 'News', from: 'news@example.org' } })

  it('a signed bounce or complaint stops the newsletter for that address', async () => {
    const bounced = await createSubscriber(payload, { email: address('lea') })
    const complained = await createSubscriber(payload, { email: address('max') })
    expect((await webhookPOST(webhookRequest(event('email.bounced', bounced.email.toUpperCase())))).status).toBe(200)
    expect((await webhookPOST(webhookRequest(event('email.complained', complained.email)))).status).toBe(200)
    for (const email of [bounced.email, complained.email]) {
      const after = await subscriberOf(email)
      expect(after.status).toBe('bounced')
      expect(after.bouncedAt).toBeTruthy()
    }
  })

  it('other events and transient bounces are acknowledged and change nothing; an unsigned or forged call is refused', async () => {
    const subscriber = await createSubscriber(payload, { email: address('ned') })
    expect((await webhookPOST(webhookRequest(event('email.delivered', subscriber.email)))).status).toBe(200)
    const transient = event('email.bounced', subscriber.email)
    expect((await webhookPOST(webhookRequest({ ...transient, data: { ...transient.data, bounce: { type: 'Transient', subType: 'MailboxFull', message: 'Full' } } }))).status).toBe(200)
    const forged = webhookRequest(event('email.bounced', subscriber.email), `whsec_${randomBytes(24).toString('base64')}`)
    expect((await webhookPOST(forged)).status).toBe(401)
    const unsigned = new Request('http://localhost/next/resend-webhook', { method: 'POST', body: JSON.stringify(event('email.bounced', subscriber.email)) })
    expect((await webhookPOST(unsigned)).status).toBe(401)
    expect((await subscriberOf(subscriber.email)).status).toBe('confirmed')
  })

  it('an unsubscribed address stays unsubscribed when its old mail bounces', async () => {
    const subscriber = await createSubscriber(payload, { email: address('ola'), status: 'unsubscribed' })
    expect((await webhookPOST(webhookRequest(event('email.bounced', subscriber.email)))).status).toBe(200)
    expect((await subscriberOf(subscriber.email)).status).toBe('unsubscribed')
  })
})
