import { expect, test } from '@playwright/test'

test('public pages let a shared cache serve them, and repeat visits are served from the page cache', async ({ request }) => {
  for (const path of ['/en', '/fr/about']) {
    await request.get(path)
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/)
    expect(response.headers()['cache-control']).not.toMatch(/private|no-store/)
    expect(response.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
  }
})

test('pages that depend on who is asking are never stored by a shared cache', async ({ request }) => {
  for (const path of ['/api/health', '/api/users/me']) {
    const cacheControl = (await request.get(path)).headers()['cache-control'] ?? ''
    expect(cacheControl).toMatch(/no-store|private|no-cache/)
  }
})
