import { execFileSync } from 'node:child_process'

import { expect, test } from '@playwright/test'

import { signedInAdmin } from '../support/e2e-admin'

test('a page scheduled for publication appears to visitors at its time, without anyone saving it again', async ({ request }) => {
  const admin = await signedInAdmin()
  const slug = `e2e-scheduled-${Date.now().toString(36)}`
  try {
    const created = await admin.post('/api/pages?draft=true', { data: { title: 'Call for cities 2027', slug, _status: 'draft' } })
    expect(created.status(), await created.text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }

    // A visitor asks first: the 404 is now in the page cache.
    expect((await request.get(`/en/${slug}`)).status()).toBe(404)

    execFileSync(process.execPath, ['--import', 'tsx/esm', 'tests/support/e2e-schedule-publish.ts', String(doc.id)], { stdio: 'inherit' })

    // The app's jobs runner publishes it within seconds; the cached 404 must not outlive that.
    await expect
      .poll(async () => (await request.get(`/en/${slug}`)).status(), { timeout: 30_000, intervals: [500] })
      .toBe(200)
    expect(await (await request.get(`/en/${slug}`)).text()).toContain('Call for cities 2027')
  } finally {
    await admin.dispose()
  }
})
