import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { type EmbeddedDatabase, startEmbeddedPostgres } from '@/db/embedded'
import { closePayload } from '@/db/closePayload'

// Nothing here may import the Payload config before DATABASE_URL points at this test's own server.

/**
 * The health endpoint on a database of its own, so that this test can stop the server under the
 * running app and start it again.
 */
const sharedDatabaseURL = process.env.DATABASE_URL
let dir: string
let database: EmbeddedDatabase
let port: number
let payload: Payload
let GET: () => Promise<Response>

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gkec-health-'))
  await chmod(dir, 0o755)
  database = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg') })
  port = Number(new URL(database.connectionString).port)
  process.env.DATABASE_URL = database.connectionString
  ;({ GET } = await import('../../src/app/api/health/route'))
  const { getPayloadClient } = await import('@/lib/payload')
  payload = await getPayloadClient()
  await payload.db.migrate()
}, 120_000)

afterAll(async () => {
  process.env.DATABASE_URL = sharedDatabaseURL
  await closePayload(payload)
  await database.stop()
  await rm(dir, { recursive: true, force: true })
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

    database = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port })
    const up = await GET()
    expect(up.status).toBe(200)
  }, 60_000)
})
