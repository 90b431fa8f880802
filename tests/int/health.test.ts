import type { Payload } from 'payload'

import { closePayload } from '@/db/closePayload'
import { startIsolatedDatabase } from '../support/isolatedDatabase'

// Nothing here may import the Payload config before DATABASE_URL points at this test's own server.

/**
 * The health endpoint on a database of its own, so that this test can stop the server under the
 * running app and start it again.
 */
let database: Awaited<ReturnType<typeof startIsolatedDatabase>>
let payload: Payload
let GET: () => Promise<Response>

beforeAll(async () => {
  database = await startIsolatedDatabase('health')
  ;({ GET } = await import('../../src/app/api/health/route'))
  const { getPayloadClient } = await import('@/lib/payload')
  payload = await getPayloadClient()
  await payload.db.migrate()
}, 120_000)

afterAll(async () => {
  await closePayload(payload)
  await database.release()
})

describe('GET /api/health', () => {
  it('answers 200 with the database status while the database is up, and is never cached', async () => {
    const response = await GET()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'up' })
  })

  it('answers 503 when the database is down, without exposing connection details, and 200 once it is back', async () => {
    await database.stop()
    const down = await GET()
    expect(down.status).toBe(503)
    const body = await down.json()
    expect(body).toEqual({ status: 'unavailable', database: 'down' })

    await database.restart()
    const up = await GET()
    expect(up.status).toBe(200)
  }, 60_000)
})
