import { mkdtemp, chmod, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/db/embedded'

export type TestDatabase = { url: string; stop: () => Promise<void> }

/**
 * A fresh database for one test run: a new database on DATABASE_URL's server when one is given,
 * otherwise a throwaway embedded PostgreSQL in a temporary directory.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `gkec_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  const external = process.env.DATABASE_URL
  if (external) {
    const admin = new pg.Client({ connectionString: external })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(external)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      stop: async () => {
        const client = new pg.Client({ connectionString: external })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await client.end()
      },
    }
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gkec-test-db-'))
  await chmod(dir, 0o755)
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), database: name })
  return {
    url: embedded.connectionString,
    stop: async () => {
      await embedded.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
