import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { signedInAdmin } from '../support/e2e-admin'
import { E2E_ORIGIN } from '../support/e2e-settings'

type Person = { id: number; name: string; email: string; password: string }
type Rubric = { id: number; scaleMax: number; criteria: Array<{ key: string }> }

const suffix = Date.now().toString(36)

async function createStaff(admin: APIRequestContext, role: 'editor' | 'evaluator', name: string, organisation: string): Promise<Person> {
  const person = { name: `${name} ${suffix}`, email: `e2e-${role}-${name.toLowerCase()}-${suffix}@gkec.localhost`, password: `e2e-${role}-Password-${suffix}` }
  const created = await admin.post('/api/users', { data: { ...person, organisation, roles: [role] } })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  return { ...person, id: doc.id }
}

/** A published practice of our own, so that no other test's evaluation touches it. */
async function publishedPractice(admin: APIRequestContext, request: APIRequestContext) {
  const slug = `e2e-evaluation-${suffix}`
  const city = (await (await admin.get('/api/cities?limit=1&depth=0')).json()) as { docs: Array<{ id: number }> }
  const theme = (await (await admin.get('/api/themes?limit=1&depth=0')).json()) as { docs: Array<{ id: number }> }
  const created = await admin.post('/api/practices?draft=true', {
    data: {
      title: `Cargo bikes for city deliveries ${suffix}`,
      slug,
      summary: 'Municipal deliveries moved from vans to cargo bikes.',
      leadCity: city.docs[0].id,
      themes: [theme.docs[0].id],
      _status: 'draft',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; title: string } }
  for (const to of ['approved', 'published']) {
    const moved = await admin.post(`/api/practices/${doc.id}/workflow`, { data: { to } })
    expect(moved.status(), await moved.text()).toBe(200)
  }
  expect((await request.get(`/api/practices/${doc.id}`)).status()).toBe(200)
  return { id: doc.id, slug, title: doc.title }
}

/** A browser of its own for each person, signed in through the admin's login form. */
async function signIn(browser: Browser, person: Pick<Person, 'email' | 'password'>): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E_ORIGIN })
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(person.email)
  await page.locator('input[type="password"]').fill(person.password)
  await page.getByRole('button', { name: /login|log in|sign in/i }).click()
  await page.waitForURL(/\/admin(?!\/login)/)
  return page
}

async function chooseOption(page: Page, field: string, option: string) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option').filter({ hasText: new RegExp(`^${option}$`) }).click()
  await expect(page.locator(`#field-${field} .rs__single-value`)).toHaveText(option)
}

/** The evaluator finds the practice in her queue, scores every criterion at the top of the scale, saves and submits. */
async function evaluate(browser: Browser, evaluator: Person, practice: { title: string }, rubric: Rubric, admin: APIRequestContext) {
  const page = await signIn(browser, evaluator)
  try {
    await page.goto('/admin/my-evaluations')
    await expect(page.getByTestId('nav-my-evaluations')).toBeAttached()
    const link = page.getByTestId('my-evaluations-assigned').getByRole('link', { name: practice.title })
    await expect(link).toHaveAttribute('href', /\/admin\/collections\/evaluations\/\d+$/)
    // Followed with goto: a click while the admin is still hydrating can be lost.
    const href = (await link.getAttribute('href')) ?? ''
    const evaluationId = Number(href.split('/').pop())
    await page.goto(href)

    const controls = page.getByTestId('evaluation-controls')
    await expect(page.getByTestId('rubric-reference')).toBeVisible()
    await expect(page.locator('input[name="scores.0.score"]')).toBeEditable()
    for (let row = 0; row < rubric.criteria.length; row++) {
      await page.locator(`input[name="scores.${row}.score"]`).fill(String(rubric.scaleMax))
      await page.locator(`textarea[name="scores.${row}.justification"]`).fill(`Documented with monitoring data (${rubric.criteria[row].key}).`)
    }
    await chooseOption(page, 'recommendation', 'Endorse')
    await chooseOption(page, 'confidence', 'High')
    await page.locator('label[for="field-noConflictOfInterest"]').click()
    await expect(page.locator('#field-noConflictOfInterest')).toBeChecked()

    // Unsaved answers cannot be submitted.
    await expect(controls.getByTestId('evaluation-submit')).toBeDisabled()
    await expect(controls.getByTestId('evaluation-submit-hint')).toBeVisible()
    const [saved] = await Promise.all([
      page.waitForResponse((response) => response.url().includes(`/api/evaluations/${evaluationId}`) && response.request().method() === 'PATCH'),
      page.locator('#action-save').click(),
    ])
    expect(saved.ok(), await saved.text()).toBe(true)
    await expect(controls.getByTestId('evaluation-submit')).toBeEnabled()

    const [submitted] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(`/api/evaluations/${evaluationId}/submit`)),
      controls.getByTestId('evaluation-submit').click(),
    ])
    // The page reloads once the evaluation is submitted: its response body is gone by then.
    expect(submitted.status()).toBe(200)
    const stored = (await (await admin.get(`/api/evaluations/${evaluationId}?depth=0`)).json()) as { status: string }
    expect(stored.status).toBe('submitted')
  } finally {
    await page.context().close()
  }
}

test('an editor assigns two evaluators in the admin, each scores the practice, and the public page shows its label', async ({ browser, page, request }) => {
  test.setTimeout(240_000)
  const admin = await signedInAdmin()
  try {
    const rubrics = (await (await admin.get('/api/rubrics?where[status][equals]=current&limit=1&depth=0')).json()) as { docs: Rubric[] }
    const rubric = rubrics.docs[0]
    expect(rubric, 'the seed makes a rubric version current').toBeTruthy()
    const editor = await createStaff(admin, 'editor', 'Editor', 'GKEC')
    const first = await createStaff(admin, 'evaluator', 'Ines', 'Lisbon Energy Agency')
    const second = await createStaff(admin, 'evaluator', 'Tomas', 'Climate Policy Institute')
    const practice = await publishedPractice(admin, request)

    const editorPage = await signIn(browser, editor)
    await editorPage.goto(`/admin/collections/practices/${practice.id}`)
    const panel = editorPage.getByTestId('evaluation-panel')
    const assign = panel.getByTestId('assign-evaluators')
    // One evaluator is not enough: the server's reason is shown, and the editor adds another.
    await assign.getByLabel(first.name).check()
    await assign.getByTestId('assign-submit').click()
    await expect(assign.getByTestId('assign-error')).toContainText(/at least \d+ evaluators/)
    await assign.getByLabel(second.name).check()
    await assign.getByTestId('assign-submit').click()
    await expect(assign.getByTestId('assign-done')).toBeVisible()
    await expect(panel.getByTestId('evaluation-row')).toHaveCount(2)
    await expect(panel.getByTestId('evaluation-row').filter({ hasText: first.name })).toContainText('Assigned')

    await evaluate(browser, first, practice, rubric, admin)
    await evaluate(browser, second, practice, rubric, admin)

    await editorPage.reload()
    await expect(panel.getByTestId('evaluation-result-status')).toContainText('Evaluated best practice')
    await editorPage.context().close()

    await page.goto(`/en/practices/${practice.slug}`)
    await expect(page.getByTestId('scorecard')).toContainText('Evaluated best practice')
  } finally {
    await admin.dispose()
  }
})
