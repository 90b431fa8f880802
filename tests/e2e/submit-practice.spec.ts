import { expect, type Page, test } from '@playwright/test'

import { getStrings } from '@/i18n/strings'
import { expectNoSeriousViolations, expectNoSeriousViolationsWithoutJs } from '../support/axe'
import { linkInLatestEmail } from '../support/e2e-outbox'

const en = getStrings('en').submission
/** The confirmation link the app queued for this address (the e2e server prints mail instead of sending it). */
const confirmationLinkFor = (email: string) =>
  linkInLatestEmail(email, { equals: 'submission-confirm' }, /https?:\/\/\S+\/en\/submit-practice\/confirm\?token=\S+/, 1)

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true })

async function fillThePractice(page: Page, { email, title }: { email: string; title: string }): Promise<void> {
  await field(page, en.fields.name.label).fill('Marta Ribeiro')
  await field(page, en.fields.organisation.label).fill('Câmara Municipal de Lisboa')
  await field(page, en.fields.email.label).fill(email)
  await field(page, en.fields.title.label).fill(title)
  await field(page, en.fields.city.label).fill('Lisbon')
  await field(page, en.fields.country.label).selectOption('PT')
  await page.getByRole('group', { name: en.fields.themes.label }).getByRole('checkbox').first().check()
  await field(page, en.fields.summary.label).fill('Every school roof in the city produces electricity for the school.')
  await field(page, en.fields.challenge.label).fill('Schools paid the highest electricity bills of any public building.')
  await field(page, en.fields.solution.label).fill('One public tender for rooftop solar panels on all 120 schools.')
  await field(page, en.fields.results.label).fill('12 MW installed; the schools’ bills fell by half.')
  await page.getByLabel(`${en.fields.emissionsReduced.label} ${en.form.optional}`).fill('3400')
  await page.getByLabel(en.fields.consent.label).check()
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a visitor corrects the errors the form points to, submits a practice and confirms it from the email', async ({ page }) => {
    const email = `e2e-submitter-${Date.now().toString(36)}@example.org`
    const title = `School roofs that pay for themselves ${Date.now().toString(36)}`

    const form = await page.goto('/en/submit-practice')
    expect(form?.status()).toBe(200)
    await expect(page).toHaveTitle(`${en.form.title} — GKEC`)
    await expect(page.getByRole('heading', { level: 1, name: en.form.title })).toBeVisible()
    await expectNoSeriousViolationsWithoutJs(page)

    await field(page, en.fields.name.label).fill('Marta Ribeiro')
    await field(page, en.fields.email.label).fill('marta at lisboa')
    await field(page, en.fields.title.label).fill(title)
    await page.getByRole('button', { name: en.form.submit }).click()

    // The same page again, saying what is wrong and where, with what was typed still there.
    await expect(page).toHaveURL(/\/en\/submit-practice$/)
    await expect(page).toHaveTitle(`${en.form.errorTitlePrefix} ${en.form.title} — GKEC`)
    // Named, because Next.js's route announcer is an alert too.
    const summary = page.getByRole('alert', { name: en.form.errorSummaryTitle })
    await expect(summary.getByRole('heading', { name: en.form.errorSummaryTitle })).toBeVisible()
    const links = summary.getByRole('link')
    await expect(links.first()).toHaveText(en.errors.organisationRequired)
    await expect(summary.getByRole('link', { name: en.errors.emailInvalid })).toHaveAttribute('href', '#field-email')
    await expect(summary.getByRole('link', { name: en.errors.themesRequired })).toHaveAttribute('href', '#field-themes')
    for (const link of await links.all()) {
      const target = (await link.getAttribute('href')) as string
      await expect(page.locator(target)).toHaveCount(1)
      await link.focus()
      await expect(link).toBeFocused()
    }
    await summary.getByRole('link', { name: en.errors.emailInvalid }).click()
    await expect(page).toHaveURL(/#field-email$/)

    const emailField = field(page, en.fields.email.label)
    await expect(emailField).toHaveValue('marta at lisboa')
    await expect(emailField).toHaveAttribute('aria-invalid', 'true')
    await expect(emailField).toHaveAccessibleDescription(`${en.fields.email.hint} ${en.form.errorTitlePrefix} ${en.errors.emailInvalid}`)
    await expect(field(page, en.fields.name.label)).toHaveValue('Marta Ribeiro')
    await expect(field(page, en.fields.name.label)).not.toHaveAttribute('aria-invalid', 'true')
    await expect(field(page, en.fields.title.label)).toHaveValue(title)
    await expectNoSeriousViolationsWithoutJs(page)

    await fillThePractice(page, { email, title })
    await page.getByRole('button', { name: en.form.submit }).click()
    // The browser keeps the fragment of the last error link across the redirect.
    await expect(page).toHaveURL(/\/en\/submit-practice\/check-email(#[\w-]*)?$/)
    await expect(page.getByRole('heading', { level: 1, name: en.checkEmail.title })).toBeVisible()

    const status = await page.goto(await confirmationLinkFor(email))
    expect(status?.status()).toBe(200)
    await expect(page).toHaveURL(/\/en\/submit-practice\/status\/[^/?]+\?confirmed=1$/)
    expect(status?.headers()['cache-control']).toContain('no-store')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expect(page.getByRole('status')).toHaveText(en.confirm.confirmed)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.getByRole('main')).toContainText(en.status.states.submitted)
    const history = page.getByRole('list').filter({ hasText: en.status.steps.submitted })
    await expect(history.getByRole('listitem')).toHaveCount(2)
    await expect(history).toContainText(en.status.steps.confirmed)
    await expect(page.getByRole('main')).not.toContainText(email)
    await expectNoSeriousViolationsWithoutJs(page)
  })

  test('a confirmation link that was altered is refused with a page that says what to do', async ({ page }) => {
    const response = await page.goto('/en/submit-practice/confirm?token=eyJwIjoxLCJ1IjoiY29uZmlybSJ9.forged')
    expect(response?.status()).toBe(400)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1, name: en.confirm.invalidTitle })).toBeVisible()
    await expect(page.getByRole('link', { name: en.confirm.submitAgain })).toHaveAttribute('href', '/en/submit-practice')
    await expectNoSeriousViolationsWithoutJs(page)
  })
})

test('with JavaScript, the errors come back without a page load, focus moves to them, and nothing typed is lost', async ({ page }) => {
  await page.goto('/fr/submit-practice')
  const fr = getStrings('fr').submission
  await page.getByLabel(fr.fields.name.label, { exact: true }).fill('Jeanne Martin')
  await page.getByLabel(fr.fields.country.label, { exact: true }).selectOption('FR')
  await page.getByRole('group', { name: fr.fields.themes.label }).getByRole('checkbox').first().check()
  await page.getByRole('button', { name: fr.form.submit }).click()

  const summary = page.getByRole('alert', { name: fr.form.errorSummaryTitle })
  await expect(summary).toBeFocused()
  await expect(page).toHaveTitle(`${fr.form.errorTitlePrefix} ${fr.form.title} — GKEC`)
  await expect(summary.getByRole('link', { name: fr.errors.emailRequired })).toHaveAttribute('href', '#field-email')
  await expect(page.getByLabel(fr.fields.name.label, { exact: true })).toHaveValue('Jeanne Martin')
  await expect(page.getByLabel(fr.fields.country.label, { exact: true })).toHaveValue('FR')
  await expect(page.getByRole('group', { name: fr.fields.themes.label }).getByRole('checkbox').first()).toBeChecked()
  await expectNoSeriousViolations(page)
})
