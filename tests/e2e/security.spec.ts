import { type APIRequestContext, type APIResponse, expect, type Page, test } from '@playwright/test'

import { signedInAdmin } from '../support/e2e-admin'
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from '../support/e2e-settings'

function expectSecurityHeaders(response: APIResponse, what: string): void {
  const headers = response.headers()
  const csp = headers['content-security-policy'] ?? ''
  expect(csp, `${what}: Content-Security-Policy`).toContain("default-src 'self'")
  expect(csp, `${what}: Content-Security-Policy`).toContain("frame-ancestors 'self'")
  expect(csp, `${what}: Content-Security-Policy`).toContain("object-src 'none'")
  expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('strict-origin-when-cross-origin')
  expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff')
  expect(headers['strict-transport-security'], `${what}: Strict-Transport-Security`).toMatch(/max-age=\d{7,}/)
}

test('every kind of response carries the security headers', async ({ request }) => {
  for (const [what, path, status] of [
    ['the language redirect', '/', 307],
    ['a public page', '/en/about', 200],
    ['the sitemap', '/sitemap.xml', 200],
    ['a page not found', '/en/does-not-exist', 404],
    ['the health check', '/api/health', 200],
    ['a REST API call', '/api/pages?limit=1', 200],
    ['the admin sign-in page', '/admin/login', 200],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect(response.status(), what).toBe(status)
    expectSecurityHeaders(response, what)
  }
})

test('anonymous visitors cannot read staff accounts or the email outbox', async ({ request }) => {
  for (const path of ['/api/users', '/api/email-deliveries']) {
    const response = await request.get(path)
    expect([401, 403], `${path} answered ${response.status()}`).toContain(response.status())
    expect(await response.text()).not.toContain(E2E_ADMIN_EMAIL)
  }
})

/** What an anonymous visitor can find of a page, through every public door, asking for drafts too. */
async function publicTraces(request: APIRequestContext, slug: string) {
  const page = await request.get(`/en/${slug}`)
  const restDocs: unknown[] = []
  const graphqlDocs: unknown[] = []
  for (const draft of [false, true]) {
    const rest = await request.get(`/api/pages?where[slug][equals]=${slug}${draft ? '&draft=true' : ''}`)
    expect(rest.status()).toBe(200)
    restDocs.push(...((await rest.json()) as { docs: unknown[] }).docs)
    const graphql = await request.post('/api/graphql', {
      data: { query: `{ Pages(where: { slug: { equals: "${slug}" } }, draft: ${draft}) { docs { id title } } }` },
    })
    expect(graphql.status()).toBe(200)
    const body = (await graphql.json()) as { data?: { Pages?: { docs: unknown[] } }; errors?: unknown }
    expect(body.errors).toBeUndefined()
    graphqlDocs.push(...(body.data?.Pages?.docs ?? []))
  }
  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.status()).toBe(200)
  return { pageStatus: page.status(), pageText: await page.text(), restDocs, graphqlDocs, sitemap: await sitemap.text() }
}

function expectNoTrace(traces: Awaited<ReturnType<typeof publicTraces>>, slug: string, title: string) {
  expect(traces.pageStatus).toBe(404)
  expect(traces.pageText).not.toContain(title)
  expect(traces.restDocs).toEqual([])
  expect(traces.graphqlDocs).toEqual([])
  expect(traces.sitemap).not.toContain(slug)
}

test('a draft page never reaches the public, appears as soon as it is published and goes as soon as it is unpublished', async ({ request }) => {
  const admin = await signedInAdmin()
  const slug = `e2e-draft-${Date.now().toString(36)}`
  const title = 'An unpublished announcement'
  try {
    const id = await test.step('an editor saves a draft', async () => {
      const created = await admin.post('/api/pages?draft=true', { data: { title, slug, _status: 'draft' } })
      expect(created.status(), await created.text()).toBe(201)
      const { doc } = (await created.json()) as { doc: { id: number; _status: string } }
      expect(doc._status).toBe('draft')
      return doc.id
    })

    await test.step('the public sees no trace of it: page, REST, GraphQL or sitemap', async () => {
      expectNoTrace(await publicTraces(request, slug), slug, title)
    })

    await test.step('the editor publishes it', async () => {
      const published = await admin.patch(`/api/pages/${id}`, { data: { _status: 'published' } })
      expect(published.status(), await published.text()).toBe(200)
    })

    await test.step('the next visitor sees it at once, and so does the sitemap', async () => {
      const traces = await publicTraces(request, slug)
      expect(traces.pageStatus).toBe(200)
      expect(traces.pageText).toContain(title)
      // found once as published and once as the latest version
      expect(traces.restDocs).toHaveLength(2)
      expect(traces.graphqlDocs).toHaveLength(2)
      expect(traces.sitemap).toContain(`/en/${slug}</loc>`)
    })

    await test.step('the editor unpublishes it', async () => {
      const unpublished = await admin.patch(`/api/pages/${id}`, { data: { _status: 'draft' } })
      expect(unpublished.status(), await unpublished.text()).toBe(200)
    })

    await test.step('the next visitor no longer finds it anywhere', async () => {
      expectNoTrace(await publicTraces(request, slug), slug, title)
    })
  } finally {
    await admin.dispose()
  }
})

/** Collects what the page reports as blocked by the Content-Security-Policy, and any other console error. */
function watchConsole(page: Page) {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  return { errors, cspViolations: () => errors.filter((error) => /Content Security Policy/i.test(error)) }
}

test('public pages load and hydrate without a console error or a blocked resource', async ({ page }) => {
  const browserConsole = watchConsole(page)
  for (const path of ['/en', '/fr/about', '/en/partners']) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await page.waitForLoadState('networkidle')
  }
  expect(browserConsole.errors).toEqual([])
})

test('a signed-in admin reaches the admin panel', async ({ page }) => {
  const browserConsole = watchConsole(page)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.getByLabel(/email/i).fill(E2E_ADMIN_EMAIL)
  await page.locator('input[type="password"]').fill(E2E_ADMIN_PASSWORD)
  await page.getByRole('button', { name: /log ?in|sign ?in/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: 'Pages', exact: true }).first()).toBeVisible()
  await expect(page.locator('a[href="/admin/account"]').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(browserConsole.cspViolations()).toEqual([])
})
