import nextEnv from '@next/env'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { type EmbeddedDatabase, startEmbeddedPostgres } from '@/db/embedded'

export type PreparedEnvironment = { embedded?: EmbeddedDatabase }

// GKEC_DATA_DIR lets two local copies run side by side (each with its own database).
const DATA_DIR = path.resolve(process.env.GKEC_DATA_DIR || '.data')

async function localSecret(): Promise<string> {
  const file = path.join(DATA_DIR, 'payload-secret')
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim()
  const secret = randomBytes(32).toString('hex')
  await mkdir(DATA_DIR, { recursive: true })
  await writeFile(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

/**
 * Reads `.env*` like Next.js does, then fills what a local run lacks: without DATABASE_URL a real
 * PostgreSQL is started from `.data/postgres`, and without PAYLOAD_SECRET one is kept in
 * `.data/payload-secret`. A deployment sets both and nothing is embedded.
 */
export async function prepareEnvironment(options: { dev: boolean }): Promise<PreparedEnvironment> {
  nextEnv.loadEnvConfig(process.cwd(), options.dev)
  let embedded: EmbeddedDatabase | undefined
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres') })
    process.env.DATABASE_URL = embedded.connectionString
    console.info(`[gkec] embedded PostgreSQL ready (${path.relative(process.cwd(), path.join(DATA_DIR, 'postgres'))})`)
  }
  if (!process.env.PAYLOAD_SECRET) {
    if (!embedded && !options.dev) {
      throw new Error('PAYLOAD_SECRET must be set when DATABASE_URL points at a real server in production.')
    }
    process.env.PAYLOAD_SECRET = await localSecret()
  }
  return { embedded }
}
