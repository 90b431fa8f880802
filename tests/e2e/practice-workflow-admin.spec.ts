import { expect, test } from '@playwright/test'

import { signedInAdmin } from '../support/e2e-admin'
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from '../support/e2e-settings'

test('an editor moves a practice through the workflow in the admin, and the public sees it only once published', async ({ page, request }) => {
  test.setTimeout(120_000)
  const admin = await signedInAdmin()
  const slug = `e2e-workflow-${Date.now().toString(36)}`
  try {
    const city = (await (await admin.get('/api/cities?limit=1&depth=0')).json()) as { docs: Array<{ id: number }> }
    const theme = (await (await admin.get('/api/themes?limit=1&depth=0')).json()) as { docs: Array<{ id: number }> }
    const created = await admin.post('/api/practices?draft=true', {
      data: { title: 'Solar schools programme', slug, summary: 'Rooftop solar on every school.', leadCity: city.docs[0].id, themes: [theme.docs[0].id], _status: 'draft' },
    })
    expect(created.status(), await created.text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    expect((await request.get(`/api/practices/${doc.id}`)).status()).toBe(404)

    await page.goto('/admin/login')
    await page.locator('input[name="email"]').fill(E2E_ADMIN_EMAIL)
    await page.locator('input[type="password"]').fill(E2E_ADMIN_PASSWORD)
    await page.getByRole('button', { name: /login|log in|sign in/i }).click()
    await page.waitForURL(/\/admin(?!\/login)/)

    await page.goto(`/admin/collections/practices/${doc.id}`)
    const controls = page.getByTestId('workflow-controls')
    await expect(controls.getByTestId('workflow-status')).toHaveText('In review')

    await controls.getByLabel(/Comment/).fill('Figures checked against the city’s inventory')
    await controls.getByRole('button', { name: 'Move to: Approved' }).click()
    await expect(controls.getByTestId('workflow-status')).toHaveText('Approved', { timeout: 20_000 })
    expect((await request.get(`/api/practices/${doc.id}`)).status()).toBe(404)

    await controls.getByRole('button', { name: 'Move to: Published' }).click()
    await expect(controls.getByTestId('workflow-status')).toHaveText('Published', { timeout: 20_000 })
    expect((await request.get(`/api/practices/${doc.id}`)).status()).toBe(200)

    const history = (await (await admin.get(`/api/practice-transitions?where[practice][equals]=${doc.id}&sort=createdAt&depth=0`)).json()) as {
      docs: Array<{ from: string | null; to: string; comment: string | null }>
    }
    expect(history.docs.map((step) => `${step.from ?? '-'}→${step.to}`)).toEqual(['-→in_review', 'in_review→approved', 'approved→published'])
    expect(history.docs[1].comment).toBe('Figures checked against the city’s inventory')
  } finally {
    await admin.dispose()
  }
})
