/**
 * The server Playwright tests run against: a fresh embedded PostgreSQL in a temporary directory,
 * migrated and seeded with the demo content plus a known admin, then a production build of the app
 * (`next build --webpack`) served by `next start`. SIGTERM or SIGINT stops Next.js and the database
 * and removes the temporary directory.
 *
 * Run by Playwright's `webServer` (see playwright.config.ts). E2E_REUSE_BUILD=1 skips the build when
 * `.next` already holds one: a shortcut while writing tests, never in CI.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { type EmbeddedDatabase, startEmbeddedPostgres } from '@/db/embedded'
import { clearDataCache } from '@/lib/bootstrap/dataCache'

import { E2E_ADMIN_EMAIL, E2E_ORIGIN, E2E_PORT, E2E_STATE_FILE } from './e2e-settings'

const nextBin = path.resolve('node_modules', 'next', 'dist', 'bin', 'next')
const say = (message: string) => console.error(`[e2e-server] ${message}`)

let tempDir: string | undefined
let database: EmbeddedDatabase | undefined
let nextServer: ChildProcess | undefined
let stopping = false

function removeTempDir(): void {
  rmSync(E2E_STATE_FILE, { force: true })
  if (tempDir) rmSync(tempDir, { recursive: true, force: true })
  tempDir = undefined
}

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    const nextExited =
      nextServer && nextServer.exitCode === null && nextServer.signalCode === null
        ? new Promise((resolve) => nextServer?.once('exit', resolve))
        : Promise.resolve()
    nextServer?.kill('SIGTERM')
    await nextExited
    await database?.stop()
    removeTempDir()
  }
  process.exit(code)
}

/** The environment the build, the server and the seed share: nothing from a developer's `.env`. */
async function prepareEnvironment(): Promise<NodeJS.ProcessEnv> {
  const adminPassword = process.env.E2E_ADMIN_PASSWORD
  if (!adminPassword) throw new Error('E2E_ADMIN_PASSWORD must be set (playwright.config.ts sets it).')
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'gkec-e2e-'))
  // PostgreSQL runs as an unprivileged user when we are root: its directories must be traversable.
  await chmod(tempDir, 0o755)
  const mediaDir = path.join(tempDir, 'media')
  await mkdir(mediaDir)

  say(`starting PostgreSQL in ${tempDir}`)
  database = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'postgres'), database: 'gkec_e2e' })

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.connectionString,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    MEDIA_DIR: mediaDir,
    SERVER_URL: E2E_ORIGIN,
    PORT: String(E2E_PORT),
    NEXT_TELEMETRY_DISABLED: '1',
    // Payload's auth cookie is `Secure` in production; the tests speak plain http.
    ALLOW_INSECURE_COOKIES: '1',
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' '),
  }
  delete env.RESEND_API_KEY
  await writeFile(E2E_STATE_FILE, JSON.stringify({ DATABASE_URL: env.DATABASE_URL, PAYLOAD_SECRET: env.PAYLOAD_SECRET }), { mode: 0o600 })
  Object.assign(process.env, env)
  delete process.env.RESEND_API_KEY
  return env
}

/** Migrations, the demo seed, and the admin account the tests sign in with. */
async function migrateAndSeed(adminPassword: string): Promise<void> {
  const [{ getPayload }, { default: config }, { seed }, { closePayload }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/seed'),
    import('@/db/closePayload'),
  ])
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    await payload.db.migrate()
    await seed(payload, { demo: true })
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: E2E_ADMIN_EMAIL, password: adminPassword, name: 'End-to-end tests', roles: ['admin'] },
    })
  } finally {
    await closePayload(payload)
  }
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve()
      console.error(output)
      reject(new Error(`next ${args.join(' ')} failed (exit code ${code ?? signal})`))
    })
  })
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stop(130))
  process.on('SIGTERM', () => void stop(143))
  // The embedded database's own exit hook can end the process first: the directory still goes.
  process.on('exit', removeTempDir)

  const env = await prepareEnvironment()
  say('migrating and seeding')
  await migrateAndSeed(env.E2E_ADMIN_PASSWORD ?? '')

  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(path.resolve(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    say('reusing the existing production build (E2E_REUSE_BUILD=1)')
  } else {
    say('building for production (next build --webpack); this takes a few minutes')
    const started = Date.now()
    await run(['build', '--webpack'], { ...env, NODE_ENV: 'production' })
    say(`built in ${Math.round((Date.now() - started) / 1000)} s`)
  }

  // The data cache on disk survives builds; this run's database is new.
  await clearDataCache()
  say(`starting next on ${E2E_ORIGIN}`)
  nextServer = spawn(process.execPath, [nextBin, 'start', '--port', String(E2E_PORT)], {
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  nextServer.on('exit', (code, signal) => {
    if (stopping) return
    say(`next start exited unexpectedly (${code ?? signal})`)
    void stop(1)
  })
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  await stop(1)
})
