import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { linkInLatestEmail } from '../support/e2e-outbox'

const en = getStrings('en').fundingAlerts
const search = '?region=africa&instrument=grant'

/** The confirmation link queued for this address (the e2e server prints mail instead of sending it). */
const confirmationLinkFor = (email: string) =>
  linkInLatestEmail(email, { equals: 'funding-alert-confirm' }, /https?:\/\/\S+\/en\/funding\/alerts\/confirm\?token=[A-Za-z0-9_-]+/, 1)

const emailField = (page: Page) => page.getByLabel(en.subscribe.email.label, { exact: true })

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a visitor asks for alerts on a search, corrects the form, confirms from the email and unsubscribes', async ({ page }) => {
    const email = `e2e-alerts-${Date.now().toString(36)}@example.org`
    const form = await page.goto(`/en/funding/alerts${search}`)
    expect(form?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: en.subscribe.title })).toBeVisible()
    await expect(page.getByRole('main')).toContainText('Open to cities in: Africa')
    await expect(page.getByRole('main')).toContainText(`${en.search.instrument}: Grant`)
    await expectNoSeriousViolationsWithoutJs(page)

    await emailField(page).fill('not an address')
    await page.getByRole('button', { name: en.subscribe.submit }).click()
    await expect(page).toHaveTitle(new RegExp(`^${en.subscribe.errorTitlePrefix} `))
    const summary = page.getByRole('alert', { name: en.subscribe.errorSummaryTitle })
    await expect(summary.getByRole('link', { name: en.errors.emailInvalid })).toHaveAttribute('href', '#alert-email')
    await expect(summary.getByRole('link', { name: en.errors.consentRequired })).toHaveAttribute('href', '#alert-consent')
    await expect(emailField(page)).toHaveValue('not an address')
    await expect(emailField(page)).toHaveAttribute('aria-invalid', 'true')
    await expectNoSeriousViolationsWithoutJs(page)

    await emailField(page).fill(email)
    await page.getByLabel(en.subscribe.consent.label).check()
    await page.getByRole('button', { name: en.subscribe.submit }).click()
    await expect(page).toHaveURL(/\/en\/funding\/alerts\/check-email(#[\w-]*)?$/)
    await expect(page.getByRole('heading', { level: 1, name: en.checkEmail.title })).toBeVisible()

    // Opening the link confirms nothing; the button does.
    const link = await confirmationLinkFor(email)
    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1, name: en.confirm.title })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)
    await page.getByRole('button', { name: en.confirm.button }).click()
    await expect(page).toHaveURL(/\/en\/funding\/alerts\/manage\?token=[^&]+&confirmed=1$/)
    await expect(page.getByRole('status')).toHaveText(en.manage.confirmed)
    await expect(page.getByRole('main')).toContainText(en.manage.states.confirmed)
    await expect(page.getByRole('main')).not.toContainText(email)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expectNoSeriousViolationsWithoutJs(page)

    await page.getByRole('button', { name: en.manage.unsubscribeButton }).click()
    await expect(page).toHaveURL(/\/en\/funding\/alerts\/manage\?token=[^&]+&unsubscribed=1$/)
    await expect(page.getByRole('status')).toHaveText(en.manage.unsubscribed)
    await expect(page.getByRole('link', { name: en.manage.subscribeAgain })).toHaveAttribute('href', '/en/funding/alerts?region=africa&instrument=grant')

    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1, name: en.confirm.usedTitle })).toBeVisible()
  })

  test('a confirmation link that was altered says it does not work', async ({ page }) => {
    await page.goto('/en/funding/alerts/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
    await expect(page.getByRole('heading', { level: 1, name: en.confirm.invalidTitle })).toBeVisible()
  })
})

test('with JavaScript, the error summary takes the focus', async ({ page }) => {
  await page.goto(`/en/funding/alerts${search}`)
  await page.getByRole('button', { name: en.subscribe.submit }).click()
  const summary = page.getByRole('alert', { name: en.subscribe.errorSummaryTitle })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: en.errors.emailRequired })).toBeVisible()
  await expectNoSeriousViolations(page)
})

test('the search’s calendar, Atom feed and open data answer with their own formats', async ({ request }) => {
  const calendar = await request.get(`/en/funding/deadlines.ics${search}`)
  expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8')
  expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n/)
  const atom = await request.get(`/en/funding/feed.atom${search}`)
  expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
  expect(await atom.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
  const csv = await request.get(`/en/funding/export.csv${search}`)
  expect(csv.headers()['content-disposition']).toContain('attachment')
  expect(await csv.text()).toMatch(/^\uFEFF?external_id,title,summary,/)
  const json = await request.get(`/en/funding/export.json${search}`)
  expect(((await json.json()) as { query: string }).query).toBe('?region=africa&instrument=grant')
})
