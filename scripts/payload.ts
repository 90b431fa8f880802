/**
 * `npm run payload -- <command>`: Payload's CLI (migrate, migrate:create, generate:types …) against
 * the configured database, or the embedded one in `.data/postgres` when DATABASE_URL is not set.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { prepareEnvironment } from '@/lib/bootstrap/environment'

async function main() {
  const { embedded } = await prepareEnvironment({ dev: process.env.NODE_ENV !== 'production' })
  const bin = path.resolve('node_modules', 'payload', 'bin.js')
  const child = spawn(process.execPath, [bin, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' ') },
  })
  const code: number = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)))
  await embedded?.stop()
  process.exit(code)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
