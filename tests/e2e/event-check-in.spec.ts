import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { eventTeamTexts } from '@/components/admin/events/texts'
import { getStrings } from '@/i18n/strings'
import { signedInAdmin } from '../support/e2e-admin'
import { latestEmailText } from '../support/e2e-outbox'
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from '../support/e2e-settings'

const form = getStrings('en').eventRegistration
const t = eventTeamTexts.en
const editionSlug = 'global-outreach-2027'

const uniqueEmail = (tag: string) => `e2e-check-in-${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.org`

/** Registers someone in person through the public form, and returns the check-in code printed in her confirmation. */
async function registeredInPerson(page: Page, name: string): Promise<string> {
  const email = uniqueEmail(name.split(' ')[0].toLowerCase())
  await page.goto(`/en/events/${editionSlug}/register`)
  await page.getByLabel(form.fields.name.label, { exact: true }).fill(name)
  await page.getByLabel(form.fields.email.label, { exact: true }).fill(email)
  await page.getByRole('radio', { name: 'In person' }).check()
  await page.getByLabel(form.fields.privacyConsent.label).check()
  await page.getByRole('button', { name: form.form.submit }).click()
  const text = await latestEmailText(email, { equals: 'registration-confirmed' }, 1)
  const code = text.match(/\b[0-9A-Z]{5}-[0-9A-Z]{5}\b/)?.[0]
  if (!code) throw new Error(`No check-in code in:\n${text}`)
  return code
}

async function editionId(admin: APIRequestContext): Promise<number> {
  const response = await admin.get('/api/event-editions', { params: { 'where[slug][equals]': editionSlug, depth: '0' } })
  const { docs } = (await response.json()) as { docs: Array<{ id: number }> }
  return docs[0].id
}

async function signIn(page: Page) {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(E2E_ADMIN_EMAIL)
  await page.locator('input[type="password"]').fill(E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: /login|log in|sign in/i }).click()
  await page.waitForURL(/\/admin(?!\/login)/)
}

test.describe('the check-in desk', () => {
  let admin: APIRequestContext
  test.beforeAll(async () => {
    admin = await signedInAdmin()
  })
  test.afterAll(async () => {
    await admin.dispose()
  })

  test('a scanner types the code and Enter: checked in once, the field ready for the next; the second scan is refused', async ({ page }) => {
    const code = await registeredInPerson(page, 'Desk Scanned')
    const id = await editionId(admin)
    await signIn(page)
    await page.goto(`/admin/event-check-in?edition=${id}`)
    await expect(page.getByRole('heading', { level: 1, name: t.checkInTitle })).toBeVisible()
    const field = page.getByLabel(t.code)
    await expect(field).toBeFocused()

    // What a keyboard-wedge scanner does: the characters, then Enter (here in lower case, as a person might type).
    await field.pressSequentially(code.toLowerCase())
    await field.press('Enter')
    const result = page.getByTestId('check-in-result')
    await expect(result).toContainText('Desk Scanned is checked in (in person).')
    await expect(field).toHaveValue('')
    await expect(field).toBeFocused()

    await field.pressSequentially(code)
    await field.press('Enter')
    await expect(result).toContainText(/Desk Scanned was already checked in at .+ by /)
    await expect(page.getByText('Desk Scanned is checked in (in person).')).toBeVisible()
  })

  test('an unknown code is refused and the desk goes on', async ({ page }) => {
    const id = await editionId(admin)
    await signIn(page)
    await page.goto(`/admin/event-check-in?edition=${id}`)
    const field = page.getByLabel(t.code)
    await field.fill('ZZZZZ-ZZZZZ')
    await field.press('Enter')
    await expect(page.getByTestId('check-in-result')).toContainText('No registration for this edition has the code ZZZZZZZZZZ')
    await expect(field).toBeFocused()
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('the form posts the code and the answer comes with the form again, focused', async ({ page, browser }) => {
      // Payload's login form needs JavaScript: sign in (and register) in a context with it, then carry the session over.
      const withScript = await browser.newContext({ javaScriptEnabled: true })
      const scripted = await withScript.newPage()
      const code = await registeredInPerson(scripted, 'Desk Noscript')
      await signIn(scripted)
      await page.context().addCookies(await withScript.cookies())
      await withScript.close()
      const id = await editionId(admin)

      await page.goto(`/admin/event-check-in?edition=${id}`)
      await page.getByLabel(t.code).fill(code)
      await page.getByRole('button', { name: t.checkInButton }).click()
      await expect(page.getByRole('status')).toHaveText('Desk Noscript is checked in (in person).')
      await expect(page.getByLabel(t.code)).toBeFocused()
      await expect(page.getByRole('link', { name: t.back })).toHaveAttribute('href', `/admin/event-check-in?edition=${id}`)
    })
  })
})

test.describe('the edition’s Registrations tab', () => {
  test('shows the counts and downloads the registrants as CSV', async ({ page }) => {
    const admin = await signedInAdmin()
    const id = await editionId(admin)
    await admin.dispose()
    await signIn(page)
    await page.goto(`/admin/collections/event-editions/${id}/registrations`)
    await expect(page.getByRole('heading', { name: t.countsTitle })).toBeVisible()
    await expect(page.getByRole('table', { name: t.byMode })).toBeVisible()
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: t.exportCsv }).click()
    expect((await download).suggestedFilename()).toBe(`gkec-registrants-${editionSlug}.csv`)
  })
})
