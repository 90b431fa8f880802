import type { Payload } from 'payload'

import { requestPasswordReset, resetMemberPassword } from '@/lib/community/members/password'
import { safeNextPath } from '@/lib/community/members/paths'
import { signInMember } from '@/lib/community/members/signIn'
import { signUpMember } from '@/lib/community/members/signUp'
import { isPendingVerification, resendVerification, verifyMemberEmail } from '@/lib/community/members/verify'
import { createMember, MEMBER_PASSWORD } from '../support/communityFixtures'
import { testCity, testCountry } from '../support/fundingFixtures'
import { emailsTo, formData, tokenIn } from '../support/memberForms'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, type PlaceFixture, uniqueSuffix } from '../support/practiceFixtures'

let payload: Payload
let place: PlaceFixture

beforeAll(async () => {
  payload = await getTestPayload()
  place = await createPlace(payload)
})

afterAll(async () => closePayload(payload))

const PASSWORD = 'correct horse battery staple'
const ip = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${uniqueSuffix()}`

const signUpForm = (overrides: Record<string, string | string[]> = {}) =>
  formData({
    name: 'Ana Ribeiro',
    email: `ana-${uniqueSuffix()}@example.org`,
    password: PASSWORD,
    organisation: 'Câmara Municipal',
    role: 'city_official',
    country: 'ZZ',
    city: String(place.cityId),
    languages: ['pt', 'en'],
    themes: [String(place.themeId)],
    bio: 'I work on district heating.',
    locale: 'pt',
    terms: 'yes',
    ...overrides,
  })

const membersWithEmail = async (email: string) =>
  (await payload.find({ collection: 'members', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true })).docs

describe('signing up', () => {
  it('refuses an invalid form with one message per field, and creates nothing nor sends anything', async () => {
    const email = `short-${uniqueSuffix()}@example.org`
    const outcome = await signUpMember(payload, {
      form: signUpForm({ email, password: 'too short', name: ' ', terms: '', role: 'mayor', city: '999999', bio: 'x'.repeat(601) }),
      locale: 'en',
      ip: ip(),
    })
    expect(outcome.status).toBe('invalid')
    if (outcome.status !== 'invalid') return
    expect(outcome.errors).toMatchObject({ name: 'nameRequired', password: 'passwordTooShort', terms: 'termsRequired', role: 'roleInvalid', bio: 'bioTooLong' })
    expect(outcome.values.email).toBe(email)
    expect(await membersWithEmail(email)).toHaveLength(0)
    expect(await emailsTo(payload, email)).toHaveLength(0)
  })

  it('refuses a city that is not in the chosen country', async () => {
    const other = await testCity(payload, (await testCountry(payload, 'XC', { region: 'africa' })).id)
    const outcome = await signUpMember(payload, { form: signUpForm({ city: String(other.id) }), locale: 'en', ip: ip() })
    expect(outcome).toMatchObject({ status: 'invalid', errors: { city: 'cityInvalid' } })
  })

  it('creates an unverified account and sends the verification link in the chosen language; the link verifies once', async () => {
    const form = signUpForm()
    const email = String(form.get('email'))
    expect(await signUpMember(payload, { form, locale: 'en', ip: ip() })).toEqual({ status: 'accepted' })

    const [member] = await membersWithEmail(email)
    expect(member).toMatchObject({ name: 'Ana Ribeiro', locale: 'pt', role: 'city_official', _verified: false, languages: ['pt', 'en'] })
    expect(member.termsAcceptedAt).toBeTruthy()
    const [mail] = await emailsTo(payload, email)
    expect(mail.subject).toBe('Confirme a sua conta da comunidade GKEC')
    expect(mail.text).toContain('/pt/community/verify?token=')
    expect(mail.html).toContain('lang="pt"')

    const token = tokenIn(mail.text, 'verify')
    expect(await isPendingVerification(payload, token)).toBe(true)
    expect(await isPendingVerification(payload, `${token}0`)).toBe(false)
    expect(await signInMember(payload, { form: formData({ email, password: PASSWORD }), ip: ip() })).toMatchObject({ status: 'unverified' })
    expect(await verifyMemberEmail(payload, token)).toEqual({ status: 'verified' })
    expect(await verifyMemberEmail(payload, token)).toEqual({ status: 'invalid' })
    expect(await isPendingVerification(payload, token)).toBe(false)
    expect(await verifyMemberEmail(payload, 'not-a-token')).toEqual({ status: 'invalid' })

    const signedIn = await signInMember(payload, { form: formData({ email: email.toUpperCase(), password: PASSWORD }), ip: ip() })
    expect(signedIn.status).toBe('signedIn')
    if (signedIn.status !== 'signedIn') return
    // The cookie the sign-in action sets is Payload's own: payload.auth() (and so currentViewer()) sees her.
    const { user } = await payload.auth({ headers: new Headers({ cookie: `${payload.config.cookiePrefix}-token=${signedIn.token}` }) })
    expect(user).toMatchObject({ collection: 'members', email })
    expect(signedIn.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 60 * 60 * 1000)
  })

  it('answers a second sign-up with the same address exactly as a first, creates no second account, and emails the owner', async () => {
    const existing = await createMember(payload, { locale: 'fr' })
    const outcome = await signUpMember(payload, { form: signUpForm({ email: existing.email.toUpperCase(), name: 'Intruder' }), locale: 'en', ip: ip() })
    expect(outcome).toEqual({ status: 'accepted' })
    const members = await membersWithEmail(existing.email)
    expect(members).toHaveLength(1)
    expect(members[0].name).toBe(existing.name)
    const [mail] = await emailsTo(payload, existing.email)
    expect(mail.subject).toBe('Vous avez déjà un compte de la communauté GKEC')
    expect(mail.text).toContain('/fr/community/sign-in')
    expect(mail.text).toContain('/fr/community/forgot-password')
  })

  it('sends an unverified address its verification link again instead', async () => {
    const form = signUpForm({ locale: 'en' })
    const email = String(form.get('email'))
    await signUpMember(payload, { form, locale: 'en', ip: ip() })
    await signUpMember(payload, { form: signUpForm({ email, locale: 'en' }), locale: 'en', ip: ip() })
    const mails = await emailsTo(payload, email)
    expect(mails).toHaveLength(2)
    expect(tokenIn(mails[0].text, 'verify')).toBe(tokenIn(mails[1].text, 'verify'))
    await resendVerification(payload, email, ip())
    expect(await emailsTo(payload, email)).toHaveLength(3)
  })

  it('treats a filled honeypot as accepted but creates nothing', async () => {
    const form = signUpForm({ website: 'http://spam.example' })
    expect(await signUpMember(payload, { form, locale: 'en', ip: ip() })).toEqual({ status: 'accepted' })
    expect(await membersWithEmail(String(form.get('email')))).toHaveLength(0)
  })

  it('limits sign-ups per address', async () => {
    const from = ip()
    const outcomes = []
    for (let attempt = 0; attempt < 11; attempt++) outcomes.push((await signUpMember(payload, { form: signUpForm(), locale: 'en', ip: from })).status)
    expect(outcomes.slice(0, 10).every((status) => status === 'accepted')).toBe(true)
    expect(outcomes[10]).toBe('rateLimited')
  })
})

describe('signing in', () => {
  it('gives the same answer for an unknown address and a wrong password, and locks after 5 failures', async () => {
    const member = await createMember(payload)
    const unknown = await signInMember(payload, { form: formData({ email: `nobody-${uniqueSuffix()}@example.org`, password: PASSWORD }), ip: ip() })
    const wrong = await signInMember(payload, { form: formData({ email: member.email, password: 'wrong password!' }), ip: ip() })
    expect(unknown.status).toBe('failed')
    expect(wrong.status).toBe('failed')
    for (let attempt = 0; attempt < 4; attempt++) await signInMember(payload, { form: formData({ email: member.email, password: 'wrong password!' }), ip: ip() })
    expect(await signInMember(payload, { form: formData({ email: member.email, password: MEMBER_PASSWORD }), ip: ip() })).toMatchObject({ status: 'locked' })
  })

  it('only leads on to paths of this site', () => {
    expect(safeNextPath('/en/community/threads/4?page=2#post-9', 'en')).toBe('/en/community/threads/4?page=2#post-9')
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/%0d%0aSet-Cookie:x', '', undefined, '/\u0000x']) {
      const safe = safeNextPath(next, 'fr')
      expect(safe.startsWith('/') && !safe.startsWith('//')).toBe(true)
      expect(new URL(safe, 'https://gkec.example').origin).toBe('https://gkec.example')
    }
    expect(safeNextPath('https://evil.example/', 'fr')).toBe('/fr/community')
  })
})

describe('forgotten password', () => {
  it('answers the same for an unknown address, and resets the password of a known one end to end', async () => {
    const member = await createMember(payload, { locale: 'es' })
    const unknownEmail = `unknown-${uniqueSuffix()}@example.org`
    expect(await requestPasswordReset(payload, { form: formData({ email: unknownEmail }), ip: ip() })).toEqual({ status: 'accepted' })
    expect(await emailsTo(payload, unknownEmail)).toHaveLength(0)

    expect(await requestPasswordReset(payload, { form: formData({ email: member.email }), ip: ip() })).toEqual({ status: 'accepted' })
    const [mail] = await emailsTo(payload, member.email)
    expect(mail.subject).toBe('Restablezca su contraseña de la comunidad GKEC')
    const token = tokenIn(mail.text, 'reset-password')

    expect(await resetMemberPassword(payload, formData({ token, password: 'a brand new passphrase', confirm: 'a different one!!' }))).toMatchObject({
      status: 'invalid',
      errors: { confirm: 'passwordsDiffer' },
    })
    expect(await resetMemberPassword(payload, formData({ token, password: 'a brand new passphrase', confirm: 'a brand new passphrase' }))).toEqual({ status: 'reset' })
    expect(await resetMemberPassword(payload, formData({ token, password: 'another new passphrase', confirm: 'another new passphrase' }))).toEqual({ status: 'tokenInvalid' })

    expect((await signInMember(payload, { form: formData({ email: member.email, password: MEMBER_PASSWORD }), ip: ip() })).status).toBe('failed')
    expect((await signInMember(payload, { form: formData({ email: member.email, password: 'a brand new passphrase' }), ip: ip() })).status).toBe('signedIn')
  })
})

describe('Payload’s own auth emails', () => {
  it('link to the portal’s pages in the member’s language', async () => {
    const member = await createMember(payload, { locale: 'es' })
    await payload.forgotPassword({ collection: 'members', data: { email: member.email } })
    const [mail] = await emailsTo(payload, member.email)
    expect(mail.subject).toBe('Restablezca su contraseña de la comunidad GKEC')
    expect(mail.html).toMatch(/\/es\/community\/reset-password\?token=[A-Za-z0-9]+/)
  })
})
