import { randomBytes } from 'node:crypto'
import { NextRequest } from 'next/server'
import type { Payload } from 'payload'

import { GET as confirmRoute } from '@/app/(frontend)/[locale]/submit-practice/confirm/route'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { deleteOldRateLimitHits } from '@/lib/security/rateLimit'
import { deleteUnconfirmedSubmissions } from '@/lib/submissions/deleteUnconfirmedSubmissions'
import { getSubmissionStatus } from '@/lib/submissions/submissionStatus'
import { SUBMISSION_LIMITS, submitPractice } from '@/lib/submissions/submitPractice'
import { signSubmissionToken } from '@/lib/submissions/tokens'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createStaff, type PlaceFixture, uniqueSuffix } from '../support/practiceFixtures'
import { ResendStub } from '../support/resendStub'
import { rest } from '../support/rest'

let payload: Payload
let place: PlaceFixture
let editor: Awaited<ReturnType<typeof createStaff>>
let admin: Awaited<ReturnType<typeof createStaff>>
const stub = new ResendStub()

beforeAll(async () => {
  // The route handlers start Payload's job runner in this process; the tests run the queue themselves.
  process.env.JOBS_AUTORUN = 'false'
  payload = await getTestPayload()
  process.env.RESEND_BASE_URL = await stub.start()
  process.env.RESEND_API_KEY = 're_test_submission'
  place = await createPlace(payload)
  // The first account of a database becomes an admin: the admin comes first, so the editor stays one.
  admin = await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  expect(editor.user.roles).toEqual(['editor'])
})

afterAll(async () => {
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

const newIp = () => `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`
const newEmail = (who = 'submitter') => `${who}-${uniqueSuffix()}@example.org`

type FormInput = Record<string, string | string[]>

function goodForm(overrides: FormInput = {}): FormInput {
  return {
    name: 'Ana Souza',
    organisation: 'Prefeitura do Recife',
    email: newEmail(),
    title: `Solar roofs on schools ${uniqueSuffix()}`,
    city: 'Recife',
    country: 'ZZ',
    themes: [String(place.themeId)],
    summary: 'Forty schools produce their own electricity.',
    challenge: 'Schools paid the highest electricity bills in the city.',
    solution: 'A public tender for rooftop solar panels on every school.',
    results: '2 MW installed, bills halved.',
    emissionsReduced: '1200',
    consent: 'yes',
    ...overrides,
  }
}

function toFormData(input: FormInput): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item)
  }
  return form
}

const submit = (input: FormInput, { locale = 'en' as Locale, ip = newIp() } = {}) =>
  submitPractice(payload, { form: toFormData(input), locale, ip })

const practicesOf = async (email: string) =>
  (await payload.find({ collection: 'practices', where: { 'submission.email': { equals: email } }, overrideAccess: true, depth: 0 })).docs

/** Delivers the outbox through the Resend stub and returns what reached one address, oldest first. */
async function mailTo(email: string) {
  await drainJobs(payload)
  return stub.delivered
    .map((request) => request.body as { to: string[]; subject: string; text: string; html: string })
    .filter((message) => message.to.includes(email))
}

const linkIn = (text: string, path: RegExp) => {
  const match = text.match(new RegExp(`https?://[^\\s]+${path.source}[^\\s]*`))
  if (!match) throw new Error(`no link matching ${path} in:\n${text}`)
  return new URL(match[0])
}

const visitConfirmLink = (url: URL) => {
  const locale = url.pathname.split('/')[1]
  return confirmRoute(new NextRequest(`http://localhost${url.pathname}${url.search}`), { params: Promise.resolve({ locale }) })
}

const editorSees = (id: number) =>
  payload.findByID({ collection: 'practices', id, overrideAccess: false, user: editor.user, disableErrors: true, depth: 0, draft: true })

/** An editor moves the practice through the workflow API, as the admin panel's buttons do. */
async function move(id: number, to: string, comment?: string): Promise<void> {
  const response = await rest('POST', `/practices/${id}/workflow`, { token: editor.token, json: { to, comment } })
  expect({ to, status: response.status, body: response.ok ? null : await response.text() }).toEqual({ to, status: 200, body: null })
}

describe('the public practice submission', () => {
  it('refuses bad input field by field, keeps what was typed, and creates nothing', async () => {
    const email = newEmail('careless')
    const input = goodForm({
      name: '   ',
      email: 'not an address',
      country: 'XX',
      themes: ['999999'],
      summary: 'x'.repeat(601),
      emissionsReduced: 'a lot',
      consent: [],
    })
    const outcome = await submit(input)
    expect(outcome.status).toBe('invalid')
    if (outcome.status !== 'invalid') return
    expect(outcome.httpStatus).toBe(400)
    expect(outcome.errors).toEqual({
      name: 'nameRequired',
      email: 'emailInvalid',
      country: 'countryRequired',
      themes: 'themesRequired',
      summary: 'summaryTooLong',
      emissionsReduced: 'emissionsInvalid',
      consent: 'consentRequired',
    })
    expect(outcome.values).toMatchObject({ email: 'not an address', title: input.title, emissionsReduced: 'a lot', consent: false })
    // Every error has a message in every language.
    for (const locale of ['en', 'fr', 'es', 'pt'] as const) {
      for (const code of Object.values(outcome.errors)) expect(getStrings(locale).submission.errors[code]).toMatch(/\S/)
    }

    const { totalDocs } = await payload.count({ collection: 'practices', where: { title: { equals: input.title as string } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
    expect(await practicesOf(email)).toHaveLength(0)
  })

  it('answers a bot that fills the hidden field as if it had succeeded, and creates nothing', async () => {
    const input = goodForm({ website: 'https://cheap-pills.example' })
    const outcome = await submit(input)
    expect(outcome).toEqual({ status: 'accepted', httpStatus: 303, practiceId: null })
    expect(await practicesOf(input.email as string)).toHaveLength(0)
    expect(await mailTo(input.email as string)).toHaveLength(0)
  })

  it('refuses (429) the submissions past the limit of one address per hour and of one email per day', async () => {
    const ip = newIp()
    for (let i = 0; i < SUBMISSION_LIMITS.perIpPerHour; i++) expect((await submit(goodForm(), { ip })).status).toBe('accepted')
    const blocked = goodForm()
    const refused = await submit(blocked, { ip })
    expect(refused).toMatchObject({ status: 'rateLimited', httpStatus: 429 })
    if (refused.status === 'rateLimited') {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0)
      expect(refused.values.title).toBe(blocked.title)
    }
    expect(await practicesOf(blocked.email as string)).toHaveLength(0)

    const email = newEmail('prolific')
    for (let i = 0; i < SUBMISSION_LIMITS.perEmailPerDay; i++) expect((await submit(goodForm({ email }))).status).toBe('accepted')
    expect((await submit(goodForm({ email }))).status).toBe('rateLimited')
    expect(await practicesOf(email)).toHaveLength(SUBMISSION_LIMITS.perEmailPerDay)

    // The counters hold neither the addresses nor the IPs themselves.
    const { rows } = await payload.db.pool.query<{ key: string }>('SELECT key FROM rate_limit_hits')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.filter((row) => row.key.includes('@') || row.key.includes(ip) || row.key.includes('prolific'))).toEqual([])

    // Windows that ended long ago are forgotten.
    expect(await deleteOldRateLimitHits(payload, 0, Date.now() + 2 * 24 * 60 * 60 * 1000)).toBeGreaterThan(0)
  })

  it('keeps a submission from editors until its address is confirmed through the emailed link', async () => {
    const input = goodForm({ email: 'Ana.Souza+gkec@Example.org' })
    const email = 'ana.souza+gkec@example.org'
    const outcome = await submit(input)
    expect(outcome.status).toBe('accepted')
    const id = outcome.status === 'accepted' ? (outcome.practiceId as number) : 0

    const [stored] = await practicesOf(email)
    expect(stored).toMatchObject({
      id,
      title: input.title,
      workflowStatus: 'submitted',
      _status: 'draft',
      themes: [place.themeId],
      impact: { emissionsReduced: 1200 },
      submission: { origin: 'public', name: 'Ana Souza', organisation: 'Prefeitura do Recife', email, cityName: 'Recife', countryCode: 'ZZ', locale: 'en', emailConfirmedAt: null },
    })
    expect(await editorSees(id)).toBeNull()
    expect(await payload.findByID({ collection: 'practices', id, overrideAccess: false, disableErrors: true, depth: 0 })).toBeNull()
    expect(await payload.findByID({ collection: 'practices', id, overrideAccess: false, user: admin.user, disableErrors: true, depth: 0, draft: true })).not.toBeNull()

    const [confirmation, ...others] = await mailTo(email)
    expect(others).toHaveLength(0)
    expect(confirmation.subject).toBe(`Confirm your email address to send “${input.title}”`)
    expect(confirmation.html).toContain('<html lang="en">')
    const confirmLink = linkIn(confirmation.text, /\/en\/submit-practice\/confirm\?token=/)
    expect(confirmation.html).toContain(confirmLink.href.replace(/&/g, '&amp;'))

    const confirmed = await visitConfirmLink(confirmLink)
    expect(confirmed.status).toBe(303)
    const statusLocation = confirmed.headers.get('location') as string
    expect(statusLocation).toMatch(/^\/en\/submit-practice\/status\/[^/?]+\?confirmed=1$/)
    expect(await editorSees(id)).toMatchObject({ id, workflowStatus: 'submitted', _status: 'draft' })
    expect(await payload.findByID({ collection: 'practices', id, overrideAccess: false, disableErrors: true, depth: 0 })).toBeNull()

    const received = (await mailTo(email)).slice(1)
    expect(received).toHaveLength(1)
    expect(received[0].subject).toBe(`We have received your practice: ${input.title}`)
    const statusLink = linkIn(received[0].text, /\/en\/submit-practice\/status\//)
    expect(statusLocation.startsWith(statusLink.pathname)).toBe(true)
    const status = await getSubmissionStatus(payload, statusLink.pathname.split('/').at(-1) as string)
    expect(status).toMatchObject({ title: input.title, state: 'submitted', publicSlug: null })
    expect(status?.steps.map((step) => step.kind)).toEqual(['submitted', 'confirmed'])

    // The link works again (people click twice) without changing anything or writing again.
    expect((await visitConfirmLink(confirmLink)).status).toBe(303)
    expect(await mailTo(email)).toHaveLength(2)
  })

  it('tells the submitter, in their language, when review starts, why it was rejected, and where it is published', async () => {
    const email = newEmail('fr')
    const input = goodForm({ email, title: `Toits solaires ${uniqueSuffix()}`, emissionsReduced: '1 200,5' })
    const outcome = await submit(input, { locale: 'fr' })
    const id = outcome.status === 'accepted' ? (outcome.practiceId as number) : 0
    // Stored in French, and as the default language's text until the editors translate it.
    expect((await practicesOf(email))[0]).toMatchObject({ _status: 'draft', workflowStatus: 'submitted', impact: { emissionsReduced: 1200.5 } })
    for (const locale of ['fr', 'en'] as const) {
      expect(await payload.findByID({ collection: 'practices', id, locale, fallbackLocale: false, overrideAccess: true, depth: 0 })).toMatchObject({ title: input.title })
    }
    const [confirmation] = await mailTo(email)
    expect(confirmation.subject).toBe(`Confirmez votre adresse e-mail pour envoyer « ${input.title} »`)
    expect((await visitConfirmLink(linkIn(confirmation.text, /\/fr\/submit-practice\/confirm\?token=/))).status).toBe(303)
    const statusToken = linkIn((await mailTo(email))[1].text, /\/fr\/submit-practice\/status\//).pathname.split('/').at(-1) as string

    await move(id, 'in_review')
    let mail = await mailTo(email)
    expect(mail).toHaveLength(3)
    expect(mail[2].subject).toBe(`Votre pratique est en cours d’examen : ${input.title}`)
    expect(mail[2].text).toContain(`/fr/submit-practice/status/${statusToken}`)

    await move(id, 'rejected', 'Les chiffres d’émissions ne sont pas sourcés.')
    mail = await mailTo(email)
    expect(mail).toHaveLength(4)
    expect(mail[3].subject).toBe(`Votre pratique n’a pas été retenue : ${input.title}`)
    expect(mail[3].text).toContain('Les chiffres d’émissions ne sont pas sourcés.')
    expect(mail[3].html).toContain('Les chiffres d’émissions ne sont pas sourcés.')
    expect(await getSubmissionStatus(payload, statusToken)).toMatchObject({ state: 'rejected', rejectionReason: 'Les chiffres d’émissions ne sont pas sourcés.' })

    // Reopened with sources, approved with an internal note, published once the editors chose the city.
    await move(id, 'in_review')
    // Delivered before the next step: jobs queued together may be sent in any order.
    expect(await mailTo(email)).toHaveLength(5)
    await move(id, 'approved', 'Note interne : vérifié avec la ville')
    await payload.update({ collection: 'practices', id, data: { leadCity: place.cityId }, overrideAccess: true, draft: true })
    await move(id, 'published')
    mail = await mailTo(email)
    expect(mail.map((message) => message.subject)).toEqual([
      expect.stringContaining('Confirmez'),
      expect.stringContaining('Nous avons bien reçu'),
      expect.stringContaining('en cours d’examen'),
      expect.stringContaining('n’a pas été retenue'),
      expect.stringContaining('en cours d’examen'),
      `Votre pratique est publiée : ${input.title}`,
    ])
    const slug = (await practicesOf(email))[0].slug
    expect(mail[5].text).toContain(`/fr/practices/${slug}`)
    expect(await payload.findByID({ collection: 'practices', id, overrideAccess: false, disableErrors: true, depth: 0 })).toMatchObject({ id })

    const status = await getSubmissionStatus(payload, statusToken)
    expect(status).toMatchObject({ state: 'published', rejectionReason: null, publicSlug: slug })
    expect(status?.steps.map((step) => step.kind)).toEqual(['submitted', 'confirmed', 'in_review', 'rejected', 'in_review', 'approved', 'published'])
    // The submitter sees the reason given to them, never the editors' names or internal notes.
    expect(JSON.stringify(status)).not.toContain('Note interne')
    expect(JSON.stringify(status)).not.toContain(editor.user.email)
  })

  it('refuses a tampered, misused or expired link, and a link to a submission that no longer exists', async () => {
    const outcome = await submit(goodForm())
    const id = outcome.status === 'accepted' ? (outcome.practiceId as number) : 0
    const url = (token: string) => new URL(`http://localhost/en/submit-practice/confirm?token=${encodeURIComponent(token)}`)
    const good = signSubmissionToken(id, 'confirm')
    const [body, signature] = good.split('.')
    const otherBody = Buffer.from(JSON.stringify({ p: id + 1, u: 'confirm', e: Date.now() + 60_000 })).toString('base64url')

    for (const token of [`${otherBody}.${signature}`, `${body}.${signature.slice(0, -2)}xx`, signSubmissionToken(id, 'status'), '', 'garbage']) {
      const response = await visitConfirmLink(url(token))
      expect(response.status).toBe(400)
      expect(await response.text()).toContain(getStrings('en').submission.confirm.invalidTitle)
    }
    const expired = signSubmissionToken(id, 'confirm', Date.now() - 8 * 24 * 60 * 60 * 1000)
    const expiredResponse = await visitConfirmLink(url(expired))
    expect(expiredResponse.status).toBe(410)
    expect(await expiredResponse.text()).toContain(getStrings('en').submission.confirm.expiredTitle)
    expect(await editorSees(id)).toBeNull()

    expect(await getSubmissionStatus(payload, good)).toBeNull()
    expect(await getSubmissionStatus(payload, `${signSubmissionToken(id, 'status')}x`)).toBeNull()
    expect(await getSubmissionStatus(payload, signSubmissionToken(id, 'status'))).toMatchObject({ state: 'awaitingConfirmation' })

    await payload.delete({ collection: 'practice-transitions', where: { practice: { equals: id } }, overrideAccess: true })
    await payload.delete({ collection: 'practices', id, overrideAccess: true })
    expect((await visitConfirmLink(url(good))).status).toBe(410)
    expect(await getSubmissionStatus(payload, signSubmissionToken(id, 'status'))).toBeNull()
  })

  it('deletes submissions left unconfirmed for more than 7 days, and keeps confirmed ones', async () => {
    const submitted = await Promise.all([submit(goodForm()), submit(goodForm())])
    const [stale, kept] = submitted.map((outcome) => (outcome.status === 'accepted' ? (outcome.practiceId as number) : 0))
    await payload.update({ collection: 'practices', id: kept, data: { submission: { emailConfirmedAt: new Date().toISOString() } }, overrideAccess: true })
    await payload.db.pool.query(`UPDATE practices SET created_at = now() - interval '8 days' WHERE id = ANY($1)`, [[stale, kept]])

    expect(await deleteUnconfirmedSubmissions(payload)).toBeGreaterThanOrEqual(1)
    expect(await payload.findByID({ collection: 'practices', id: stale, overrideAccess: true, disableErrors: true })).toBeNull()
    const { totalDocs } = await payload.count({ collection: 'practice-transitions', where: { practice: { equals: stale } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
    expect(await payload.findByID({ collection: 'practices', id: kept, overrideAccess: true, disableErrors: true })).toMatchObject({
      id: kept,
      submission: { name: 'Ana Souza', email: expect.stringContaining('@example.org') },
    })
  })
})
