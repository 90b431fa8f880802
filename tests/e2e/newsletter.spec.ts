import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { linkInLatestEmail } from '../support/e2e-outbox'

const en = getStrings('en').newsletter
const fr = getStrings('fr').newsletter

/** The confirmation link queued for this address (the e2e server prints mail instead of sending it). */
const confirmationLinkFor = (email: string, locale = 'en') =>
  linkInLatestEmail(email, { equals: 'newsletter-confirm' }, new RegExp(`https?://\\S+/${locale}/newsletter/confirm\\?token=[A-Za-z0-9_-]+`), 1)

const emailField = (page: Page) => page.getByLabel(en.signup.email.label, { exact: true })

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a visitor corrects the form, subscribes, confirms from the email, changes her preferences and unsubscribes', async ({ page }) => {
    const email = `e2e-newsletter-${Date.now().toString(36)}@example.org`
    expect((await page.goto('/en/newsletter'))?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: en.signup.title })).toBeVisible()
    await expect(page.getByLabel(en.signup.language.label)).toHaveValue('en')
    await expectNoSeriousViolationsWithoutJs(page)

    await emailField(page).fill('not an address')
    await page.getByRole('button', { name: en.signup.submit }).click()
    await expect(page).toHaveTitle(new RegExp(`^${en.signup.errorTitlePrefix} `))
    const summary = page.getByRole('alert', { name: en.signup.errorSummaryTitle })
    await expect(summary.getByRole('link', { name: en.errors.emailInvalid })).toHaveAttribute('href', '#newsletter-email')
    await expect(summary.getByRole('link', { name: en.errors.consentRequired })).toHaveAttribute('href', '#newsletter-consent')
    await expect(emailField(page)).toHaveValue('not an address')
    await expect(emailField(page)).toHaveAttribute('aria-invalid', 'true')
    await expectNoSeriousViolationsWithoutJs(page)

    await emailField(page).fill(email)
    await page.getByRole('group', { name: 'World regions' }).getByLabel('Europe').check()
    await page.getByLabel(en.signup.consent.label).check()
    await page.getByRole('button', { name: en.signup.submit }).click()
    await expect(page.getByRole('status')).toContainText(en.checkEmail.title)

    // Opening the link confirms nothing; the button does.
    const link = await confirmationLinkFor(email)
    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1, name: en.confirm.title })).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expectNoSeriousViolationsWithoutJs(page)
    await page.getByRole('button', { name: en.confirm.button }).click()
    await expect(page).toHaveURL(/\/en\/newsletter\/preferences\?token=[^&]+&confirmed=1$/)
    await expect(page.getByRole('status')).toHaveText(en.preferences.confirmedNotice)
    await expect(page.getByRole('main')).toContainText(en.preferences.states.confirmed)
    await expect(page.getByRole('main')).not.toContainText(email)
    await expect(page.getByRole('group', { name: 'World regions' }).getByLabel('Europe')).toBeChecked()
    await expectNoSeriousViolationsWithoutJs(page)

    // She reads the newsletter in French from now on.
    await page.getByLabel(en.signup.language.label).selectOption('fr')
    await page.getByRole('button', { name: en.preferences.save }).click()
    await expect(page).toHaveURL(/\/fr\/newsletter\/preferences\?token=[^&]+&saved=1$/)
    await expect(page.getByRole('status')).toHaveText(fr.preferences.savedNotice)

    await page.getByRole('button', { name: fr.preferences.unsubscribeButton }).click()
    await expect(page).toHaveURL(/\/fr\/newsletter\/unsubscribe\/confirm\?token=[^&]+&done=1$/)
    await expect(page.getByRole('heading', { level: 1, name: fr.unsubscribe.doneTitle })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)

    await page.goto(link)
    await expect(page.getByRole('heading', { level: 1, name: en.confirm.usedTitle })).toBeVisible()
  })

  test('a confirmation link that was altered says it does not work', async ({ page }) => {
    await page.goto('/en/newsletter/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
    await expect(page.getByRole('heading', { level: 1, name: en.confirm.invalidTitle })).toBeVisible()
  })
})

test('with JavaScript, the error summary takes the focus, and a sign-up says to check the inbox in place', async ({ page }) => {
  const email = `e2e-newsletter-js-${Date.now().toString(36)}@example.org`
  await page.goto('/en/newsletter')
  await page.getByRole('button', { name: en.signup.submit }).click()
  const summary = page.getByRole('alert', { name: en.signup.errorSummaryTitle })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: en.errors.emailRequired })).toBeVisible()
  await expectNoSeriousViolations(page)

  await emailField(page).fill(email)
  await page.getByLabel(en.signup.consent.label).check()
  await page.getByRole('button', { name: en.signup.submit }).click()
  const done = page.getByRole('status')
  await expect(done).toContainText(en.checkEmail.title)
  await expect(done).toBeFocused()
  await expect(page).toHaveURL(/\/en\/newsletter$/)
  await confirmationLinkFor(email)
  await expectNoSeriousViolations(page)
})

test('an altered one-click unsubscribe address answers 400', async ({ request }) => {
  const forged = await request.post('/en/newsletter/unsubscribe?token=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'List-Unsubscribe=One-Click',
  })
  expect(forged.status()).toBe(400)
  expect((await request.get('/en/newsletter/unsubscribe?token=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { maxRedirects: 0 })).status()).toBe(400)
})
