import { expect, test } from '@playwright/test'

import { signedInAdmin } from '../support/e2e-admin'
import { schedulePublication } from '../support/e2e-jobs'

test('a page scheduled for publication appears to visitors at its time, without anyone saving it again', async ({ request }) => {
  const admin = await signedInAdmin()
  const slug = `e2e-scheduled-${Date.now().toString(36)}`
  try {
    const created = await admin.post('/api/pages?draft=true', { data: { title: 'Call for cities 2027', slug, _status: 'draft' } })
    expect(created.status(), await created.text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }

    // A visitor asks first: the 404 is now in the page cache.
    expect((await request.get(`/en/${slug}`)).status()).toBe(404)

    // An editor schedules its publication for a second from now.
    await schedulePublication('pages', doc.id, new Date(Date.now() + 1000))

    // The app's jobs runner publishes it within seconds; the cached 404 must not outlive that.
    await expect
      .poll(async () => (await request.get(`/en/${slug}`)).status(), { timeout: 30_000, intervals: [500] })
      .toBe(200)
    expect(await (await request.get(`/en/${slug}`)).text()).toContain('Call for cities 2027')
  } finally {
    await admin.dispose()
  }
})
