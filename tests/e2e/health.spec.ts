import { expect, test } from '@playwright/test'

test('the health check reports the database up and is never cached', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/json')
  expect(response.headers()['cache-control']).toContain('no-store')
  const body = (await response.json()) as { status: string; database: string; latencyMs: number }
  expect(body).toMatchObject({ status: 'ok', database: 'up' })
  expect(typeof body.latencyMs).toBe('number')
})
