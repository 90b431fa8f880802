import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** Starts the run's fresh database (see test-database-server.ts) and the environment every test shares. */
export default async function globalSetup() {
  const server = spawn(process.execPath, ['--import', 'tsx/esm', 'tests/support/test-database-server.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  globalThis.__gkecTestDatabase = server
  const url = await new Promise((resolve, reject) => {
    let output = ''
    server.stdout.on('data', (chunk) => {
      output += chunk.toString()
      const match = output.match(/^DATABASE_URL=(.+)$/m)
      if (match) resolve(match[1].trim())
    })
    server.on('exit', (code) => reject(new Error(`the test database did not start (exit ${code})`)))
  })
  const media = await mkdtemp(path.join(os.tmpdir(), 'gkec-test-media-'))
  await chmod(media, 0o755)
  process.env.DATABASE_URL = url
  process.env.PAYLOAD_SECRET = randomBytes(24).toString('hex')
  process.env.MEDIA_DIR = media
  process.env.JOBS_AUTORUN = 'false'
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  delete process.env.S3_BUCKET
}
