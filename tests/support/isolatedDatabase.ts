import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded'

/**
 * A PostgreSQL server of one test file's own (empty, or stopped and restarted at will), which
 * DATABASE_URL points at until `release`. The file must import the Payload config only after
 * `start`, dynamically, so that the config reads this URL.
 */
export async function startIsolatedDatabase(name: string) {
  const sharedDatabaseURL = process.env.DATABASE_URL
  const dir = await mkdtemp(path.join(os.tmpdir(), `gkec-${name}-`))
  await chmod(dir, 0o755)
  const dataDir = path.join(dir, 'pg')
  let server: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir })
  const port = Number(new URL(server.connectionString).port)
  process.env.DATABASE_URL = server.connectionString
  return {
    stop: () => server.stop(),
    /** the same data on the same port, as after a restart */
    restart: async () => {
      server = await startEmbeddedPostgres({ dataDir, port })
    },
    release: async () => {
      process.env.DATABASE_URL = sharedDatabaseURL
      await server.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
