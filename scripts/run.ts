/**
 * `npm run dev` and `npm start`: prepares the environment (embedded PostgreSQL when no DATABASE_URL),
 * applies migrations, seeds a new embedded database, then runs Next.js and stops everything cleanly.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { clearDataCache } from '@/lib/bootstrap/dataCache'
import { migrateAndSeed } from '@/lib/bootstrap/migrateAndSeed'
import { prepareEnvironment } from '@/lib/bootstrap/environment'

const mode = process.argv[2] === 'start' ? 'start' : 'dev'
const dev = mode === 'dev'
;(process.env as Record<string, string>).NODE_ENV = dev ? 'development' : 'production'
const port = process.env.PORT || '3000'

async function waitForHealth(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  // Until the first request reaches Payload, its jobs runner is not started: ask once it answers.
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function main() {
  if (!dev && !existsSync(path.resolve(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    throw new Error('There is no production build: run `npm run build` before `npm start`.')
  }
  const { embedded } = await prepareEnvironment({ dev })
  if (embedded?.created) await clearDataCache()
  await migrateAndSeed({ seedDemoIfEmpty: Boolean(embedded) })

  const nextBin = path.resolve('node_modules', 'next', 'dist', 'bin', 'next')
  const child = spawn(process.execPath, [nextBin, mode, '--port', port], {
    stdio: 'inherit',
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' ') },
  })

  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    if (embedded) await embedded.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  child.on('exit', (code) => void stop(code ?? 0))

  await waitForHealth(`http://127.0.0.1:${port}/api/health`, child)
  console.info(`[gkec] portal: http://localhost:${port}/en — admin: http://localhost:${port}/admin`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
