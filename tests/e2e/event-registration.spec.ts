import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { linkInLatestEmail } from '../support/e2e-outbox'

const en = getStrings('en').eventRegistration
const edition = 'global-outreach-2027'
const registerPath = `/en/events/${edition}/register`

/** The private link of the latest registration e-mail to this address (read from the outbox as the admin). */
const managementLinkFor = (email: string) =>
  linkInLatestEmail(email, { like: 'registration-' }, /https?:\/\/\S+\/en\/events\/[\w-]+\/registration\?token=[A-Za-z0-9_-]+/)

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true })
const uniqueEmail = (tag: string) => `e2e-event-${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.org`

async function fillValidForm(page: Page, email: string) {
  await field(page, en.fields.name.label).fill('Amina Diallo')
  await field(page, en.fields.email.label).fill(email)
  await page.getByLabel(`${en.fields.organisation.label} ${en.form.optional}`).fill('City of Dakar')
  await page.getByLabel(`${en.fields.country.label} ${en.form.optional}`).selectOption({ label: 'Senegal' })
  await page.getByRole('radio', { name: 'Online' }).check()
  await page.getByLabel(en.fields.privacyConsent.label).check()
}

/** Submits an empty form and checks the error summary, the field messages and the values kept. */
async function submitWithErrors(page: Page) {
  await field(page, en.fields.email.label).fill('not an address')
  await page.getByRole('button', { name: en.form.submit }).click()
  await expect(page).toHaveTitle(new RegExp(`^${en.form.errorTitlePrefix} `))
  const summary = page.getByRole('alert', { name: en.form.errorSummaryTitle })
  await expect(summary.getByRole('link', { name: en.errors.fields.name.required })).toHaveAttribute('href', '#registration-name')
  await expect(summary.getByRole('link', { name: en.errors.general.invalidEmail })).toHaveAttribute('href', '#registration-email')
  await expect(summary.getByRole('link', { name: en.errors.general.chooseMode })).toHaveAttribute('href', '#registration-attendanceMode')
  await expect(summary.getByRole('link', { name: en.errors.general.consentRequired })).toHaveAttribute('href', '#registration-privacyConsent')
  await expect(field(page, en.fields.email.label)).toHaveValue('not an address')
  await expect(field(page, en.fields.email.label)).toHaveAttribute('aria-invalid', 'true')
  await expect(field(page, en.fields.email.label)).toHaveAttribute('aria-describedby', /registration-email-error/)
  return summary
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a visitor registers after correcting the form, opens the link from the e-mail and cancels', async ({ page }) => {
    const email = uniqueEmail('nojs')
    const response = await page.goto(registerPath)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/^Register for /)
    await expect(page.getByRole('navigation', { name: en.breadcrumb.label }).getByRole('link', { name: 'Events' })).toHaveAttribute('href', '/en/events')
    await expect(page.getByRole('heading', { level: 2, name: en.seats.title })).toBeVisible()
    await expect(page.getByRole('link', { name: en.form.privacyLink })).toHaveAttribute('href', '#privacy-notice')
    await expect(page.getByRole('heading', { level: 2, name: en.privacyNotice.title })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)

    await submitWithErrors(page)
    await expectNoSeriousViolationsWithoutJs(page)

    await fillValidForm(page, email)
    await page.getByRole('button', { name: en.form.submit }).click()
    await expect(page).toHaveURL(new RegExp(`/en/events/${edition}/register/done\\?outcome=confirmed&mode=online$`))
    await expect(page.getByRole('heading', { level: 1, name: en.result.confirmedTitle })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)

    const link = await managementLinkFor(email)
    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/^Your registration for /)
    await expect(page.getByRole('main')).toContainText('Amina Diallo')
    await expect(page.getByRole('main')).toContainText('Confirmed')
    await expect(page.getByRole('main')).not.toContainText(email)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'same-origin')
    await expectNoSeriousViolationsWithoutJs(page)

    // Cancelling takes two steps: the link asks, the button cancels.
    await page.getByRole('link', { name: en.manage.cancel.start }).click()
    await expect(page.getByRole('heading', { level: 2, name: en.manage.cancel.confirmTitle })).toBeVisible()
    await page.getByRole('button', { name: en.manage.cancel.confirm }).click()
    await expect(page).toHaveURL(/\/registration\?token=[^&]+&done=cancelled(#cancel)?$/)
    await expect(page.getByRole('status')).toHaveText(en.manage.notices.cancelled)
    await expect(page.getByRole('main')).toContainText(en.manage.cancelledText)
    await expect(page.getByRole('button', { name: en.manage.cancel.confirm })).toHaveCount(0)
    await expectNoSeriousViolationsWithoutJs(page)
  })

  test('registering again with the same address says only that the e-mail was sent again', async ({ page }) => {
    const email = uniqueEmail('again')
    for (const expected of [en.result.confirmedTitle, en.result.againTitle]) {
      await page.goto(registerPath)
      await fillValidForm(page, email)
      await page.getByRole('button', { name: en.form.submit }).click()
      await expect(page.getByRole('heading', { level: 1, name: expected })).toBeVisible()
    }
    await expect(page.getByRole('main')).toContainText(en.result.againText)
  })
})

test.describe('with JavaScript', () => {
  test('the error summary takes the focus, then the visitor registers and cancels through the link', async ({ page }) => {
    const email = uniqueEmail('js')
    await page.goto(registerPath)
    await expectNoSeriousViolations(page)
    const summary = await submitWithErrors(page)
    await expect(summary).toBeFocused()
    await expectNoSeriousViolations(page)

    await fillValidForm(page, email)
    await page.getByRole('button', { name: en.form.submit }).click()
    await expect(page.getByRole('heading', { level: 1, name: en.result.confirmedTitle })).toBeVisible()
    await expect(page).toHaveURL(/\/register\/done\?outcome=confirmed&mode=online$/)
    await expectNoSeriousViolations(page)

    await page.goto(await managementLinkFor(email))
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/^Your registration for /)
    await expectNoSeriousViolations(page)
    await page.getByRole('link', { name: en.manage.cancel.start }).click()
    await page.getByRole('button', { name: en.manage.cancel.confirm }).click()
    await expect(page.getByRole('status')).toHaveText(en.manage.notices.cancelled)
    await expect(page.getByRole('main')).toContainText(en.manage.cancelledText)
    await expectNoSeriousViolations(page)
  })
})

test('a link that was altered answers 404 with words that say nothing about the registration', async ({ page }) => {
  const response = await page.goto(`/en/events/${edition}/registration?token=${'A'.repeat(43)}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: en.manage.invalidTitle })).toBeVisible()
  const french = await page.goto(`/fr/events/${edition}/registration?token=nope`)
  expect(french?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: getStrings('fr').eventRegistration.manage.invalidTitle })).toBeVisible()
  await expectNoSeriousViolations(page)
})

test('an unknown edition has no registration form', async ({ page }) => {
  const response = await page.goto('/en/events/no-such-edition/register')
  expect(response?.status()).toBe(404)
})
