import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { signedInAdmin } from '../support/e2e-admin'
import { makePublicationsDue } from '../support/e2e-jobs'
import { linkInLatestEmail } from '../support/e2e-outbox'
import { E2E_ORIGIN } from '../support/e2e-settings'

const newsletter = getStrings('en').newsletter
const suffix = Date.now().toString(36)

async function createCommunicationsOfficer(admin: APIRequestContext) {
  const person = { name: `Camille ${suffix}`, email: `e2e-communications-${suffix}@gkec.localhost`, password: `e2e-Communications-${suffix}` }
  const created = await admin.post('/api/users', { data: { ...person, roles: ['communications'] } })
  expect(created.status(), await created.text()).toBe(201)
  return person
}

async function signIn(browser: Browser, person: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: E2E_ORIGIN })).newPage()
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(person.email)
  await page.locator('input[type="password"]').fill(person.password)
  await page.getByRole('button', { name: /login|log in|sign in/i }).click()
  await page.waitForURL(/\/admin(?!\/login)/)
  return page
}

/** Adds a block to the layout through the admin's "Add Layout" drawer, as row `index`. */
async function addBlock(page: Page, label: string, index: number) {
  await page.getByRole('button', { name: 'Add Layout', exact: true }).last().click()
  await page.getByRole('dialog', { name: /blocks-drawer/ }).getByRole('button', { name: label, exact: true }).click()
  await expect(page.locator(`#layout-row-${index}`)).toBeVisible()
}

/** The admin's date field takes typed dates in its display format, e.g. "Dec 1, 2026 10:00 AM". */
const typedDate = (date: Date) =>
  `${date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${date.getUTCDate()}, ${date.getUTCFullYear()} 10:00 AM`

const field = (page: Page, path: string) => page.locator(`#field-${path.replace(/\./g, '__')}`)

/** Subscribes through the campaign page's sign-up block, then confirms from the e-mail. */
async function subscribeAndConfirm(page: Page, email: string) {
  await page.getByLabel(newsletter.signup.email.label, { exact: true }).fill(email)
  await page.getByLabel(newsletter.signup.consent.label).check()
  await page.getByRole('button', { name: newsletter.signup.submit }).click()
  await expect(page.getByRole('status').filter({ hasText: newsletter.checkEmail.title })).toBeVisible()
  const confirm = await linkInLatestEmail(email, { equals: 'newsletter-confirm' }, /https?:\/\/\S+\/en\/newsletter\/confirm\?token=[A-Za-z0-9_-]+/)
  await page.goto(confirm)
  await page.getByRole('button', { name: newsletter.confirm.button }).click()
  await expect(page.getByRole('status')).toContainText(newsletter.preferences.confirmedNotice)
}

test('a communications officer builds a campaign page from blocks and schedules it; visitors see it and subscribe, with JavaScript on and off', async ({ browser, request }) => {
  test.setTimeout(240_000)
  const admin = await signedInAdmin()
  const officer = await createCommunicationsOfficer(admin)
  const slug = `e2e-campaign-${suffix}`
  const title = `Cities act now ${suffix}`

  // The officer builds the page in the admin, from blocks.
  const studio = await signIn(browser, officer)
  await studio.goto('/admin/collections/campaigns/create')
  await field(studio, 'title').fill(title)
  await field(studio, 'slug').fill(slug)
  await addBlock(studio, 'Hero', 0)
  await field(studio, 'layout.0.heading').fill(`Learn from the first movers ${suffix}`)
  await field(studio, 'layout.0.text').fill('Cities on every continent are cutting emissions now.')
  await addBlock(studio, 'Quote', 1)
  await field(studio, 'layout.1.quote').fill('We started with one district and learned as we went.')
  await field(studio, 'layout.1.author').fill('A climate officer')
  await addBlock(studio, 'Call to action', 2)
  await field(studio, 'layout.2.heading').fill('Share your practice')
  await field(studio, 'layout.2.link.label').fill('Submit a practice')
  await field(studio, 'layout.2.link.url').fill('/en/submit-practice')
  await addBlock(studio, 'Newsletter sign-up', 3)
  await field(studio, 'layout.3.heading').fill('Get the newsletter')
  // Autosave keeps the draft: the visitor sees nothing yet.
  await studio.waitForURL(/\/admin\/collections\/campaigns\/\d+/)
  const id = Number(studio.url().match(/campaigns\/(\d+)/)?.[1])
  await expect
    .poll(async () => {
      const draft = await admin.get(`/api/campaigns/${id}`, { params: { draft: 'true', depth: '0' } })
      const { layout } = (await draft.json()) as { layout?: Array<{ blockType: string }> }
      return (layout ?? []).map((block) => block.blockType)
    }, { timeout: 30_000 })
    .toEqual(['hero', 'quote', 'cta', 'newsletterSignup'])
  expect((await request.get(`/en/campaigns/${slug}`)).status()).toBe(404)

  // She schedules the publication in the admin's "Schedule Publish" drawer.
  await studio.getByRole('button', { name: 'Publish changes' }).locator('xpath=..').getByRole('button').last().click()
  await studio.getByRole('button', { name: 'Schedule Publish' }).click()
  const drawer = studio.getByRole('dialog').filter({ has: studio.locator('#scheduled-publish-save') })
  const time = drawer.locator('.react-datepicker__input-container input')
  await time.fill(typedDate(new Date(Date.now() + 2 * 86_400_000)))
  // Leaving the field (not Escape, which closes the drawer) closes the calendar.
  await drawer.getByRole('heading', { level: 2 }).click()
  await drawer.locator('#scheduled-publish-save').click()
  await expect(studio.getByText(/scheduled successfully/i)).toBeVisible()
  await studio.close()

  // Its time comes (the queued job is made due instead of waiting a day); the app's jobs runner publishes it.
  await makePublicationsDue('campaigns', id)
  await expect.poll(async () => (await request.get(`/en/campaigns/${slug}`)).status(), { timeout: 30_000, intervals: [500] }).toBe(200)

  for (const javaScript of [true, false]) {
    const page = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage()
    await page.goto(`/en/campaigns/${slug}`)
    await expect(page.getByRole('heading', { level: 1, name: `Learn from the first movers ${suffix}` })).toBeVisible()
    await expect(page.getByText('We started with one district and learned as we went.')).toBeVisible()
    await (javaScript ? expectNoSeriousViolations(page) : expectNoSeriousViolationsWithoutJs(page))

    await subscribeAndConfirm(page, `e2e-subscriber-${javaScript ? 'js' : 'nojs'}-${suffix}@example.org`)
    await page.context().close()
  }

  // The sign-ups were counted for the campaign, and the visits too, without a cookie.
  const metrics = await admin.get('/api/campaign-metrics', { params: { 'where[campaign][equals]': String(id), limit: '100', depth: '0' } })
  const { docs } = (await metrics.json()) as { docs: Array<{ kind: string; count: number }> }
  const total = (kind: string) => docs.filter((doc) => doc.kind === kind).reduce((sum, doc) => sum + doc.count, 0)
  expect(total('signup')).toBe(2)
  expect(total('view')).toBeGreaterThanOrEqual(1)
  await admin.dispose()
})
