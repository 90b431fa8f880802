import { type Browser, expect, type Page, test } from '@playwright/test'

import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from '../support/e2e-settings'
import { signedInAdmin } from '../support/e2e-admin'
import { uniqueTag } from '../support/e2e-community'

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

/** A browser page signed in to the admin (the login sets Payload's cookie on the page's context). */
async function staffPage(browser: Browser, email = E2E_ADMIN_EMAIL, password = E2E_ADMIN_PASSWORD): Promise<Page> {
  const page = await browser.newPage({ javaScriptEnabled: false })
  const response = await page.request.post('/api/users/login', { data: { email, password } })
  expect(response.status()).toBe(200)
  return page
}

/** A published campaign of its own, made through the API, and its id. */
async function campaign(): Promise<number> {
  const admin = await signedInAdmin()
  const tag = uniqueTag()
  const response = await admin.post('/api/campaigns?locale=en', {
    data: { title: `Metrics ${tag}`, slug: `e2e-metrics-${tag}`, _status: 'published', layout: [{ blockType: 'cta', heading: 'Act now', link: { label: 'Apply today', url: 'https://example.org/apply' } }] },
  })
  expect(response.ok(), await response.text()).toBe(true)
  const { doc } = (await response.json()) as { doc: { id: number } }
  await admin.dispose()
  return doc.id
}

test.describe('campaign metrics in the admin', () => {
  test('communications staff see views by language and clicks by call to action, counted without cookies', async ({ browser, request }) => {
    const id = await campaign()
    for (const locale of ['en', 'en', 'fr']) {
      const pixel = await request.get(`/next/campaign-view?c=${id}&l=${locale}`, { headers: { 'User-Agent': BROWSER } })
      expect(pixel.status()).toBe(200)
      expect(pixel.headers()['set-cookie']).toBeUndefined()
    }
    const admin = await staffPage(browser)
    // The admin's navigation leads there.
    await admin.goto('/admin')
    await expect(admin.getByTestId('nav-campaign-metrics')).toHaveAttribute('href', '/admin/campaign-metrics')
    await expect(admin.getByTestId('nav-campaign-metrics')).toHaveText('Campaign metrics')
    await admin.goto(`/admin/campaign-metrics?campaign=${id}&days=7`)
    const totals = admin.getByRole('table', { name: /Totals/ })
    await expect(totals.getByRole('row', { name: /Page views/ })).toContainText('3')
    const languages = admin.getByRole('table', { name: 'By language' })
    await expect(languages.getByRole('row', { name: /English/ })).toContainText('2')
    await expect(languages.getByRole('row', { name: /Français/ })).toContainText('1')
    await expect(admin.getByRole('img', { name: /Page views per day/ })).toBeVisible()
    await admin.close()
  })

  test('other staff are refused', async ({ browser }) => {
    const admin = await signedInAdmin()
    const email = `e2e-editor-${uniqueTag()}@example.org`
    const password = 'e2e editor password 4'
    const created = await admin.post('/api/users', { data: { email, password, name: 'Editor', roles: ['editor'] } })
    expect(created.ok(), await created.text()).toBe(true)
    await admin.dispose()
    const editor = await staffPage(browser, email, password)
    await editor.goto('/admin')
    // The navigation is drawn (without JavaScript it is in the page, folded away), without the link.
    await expect(editor.locator('a.nav__link').first()).toBeAttached()
    await expect(editor.getByTestId('nav-campaign-metrics')).toHaveCount(0)
    await editor.goto('/admin/campaign-metrics')
    await expect(editor.getByRole('alert').filter({ hasText: 'communications staff' })).toBeVisible()
    await expect(editor.getByRole('table')).toHaveCount(0)
    await editor.close()
  })
})
