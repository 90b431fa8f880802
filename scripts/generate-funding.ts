/**
 * `npm run generate:funding -- --count 20000 [--seed 2026] [--clear]`: inserts synthetic published
 * funding actions (demo data, external ids `gen-…`) with provider organisations, spread over the
 * seeded countries and themes, for benchmarks, and indexes them. `--clear` first removes what an
 * earlier run generated; `--clear` without `--count` only removes.
 * Uses DATABASE_URL, or the embedded database in GKEC_DATA_DIR (default .data) like `npm run seed`.
 */
import { getPayload } from 'payload'

import { closePayload } from '@/db/closePayload'
import { prepareEnvironment } from '@/lib/bootstrap/environment'
import { loadConfig } from '@/lib/bootstrap/loadConfig'

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}

async function main() {
  const clear = process.argv.includes('--clear')
  const count = Number(option('count') ?? (clear ? 0 : 1000))
  const seedValue = Number(option('seed') ?? 2026)
  if (!Number.isInteger(count) || count < 0) throw new Error('--count must be a whole number, e.g. --count 20000')
  if (!Number.isInteger(seedValue)) throw new Error('--seed must be a whole number')

  const { embedded } = await prepareEnvironment({ dev: process.env.NODE_ENV !== 'production' })
  const config = await loadConfig()
  const payload = await getPayload({ config, disableOnInit: true })
  // Imported once the config is loaded: these modules are part of its import graph, and importing
  // them first leaves tsx's loader waiting forever on the config.
  const { seed } = await import('@/seed')
  const { generateFunding, removeGeneratedFunding } = await import('./funding-generator/generate')
  try {
    await payload.db.migrate()
    // Reference data (countries, cities, themes) is what the actions refer to.
    await seed(payload, { demo: false })
    if (clear) {
      const removed = await removeGeneratedFunding(payload)
      console.info(`[generate] removed ${removed.actions} earlier generated funding actions and ${removed.organisations} organisations`)
    }
    if (count === 0) return
    const started = performance.now()
    let lastReport = 0
    const result = await generateFunding(payload, {
      count,
      seed: seedValue,
      onProgress: (stage, done, total) => {
        if (done === total || performance.now() - lastReport > 5000) {
          lastReport = performance.now()
          console.info(`[generate] ${stage} ${done}/${total}`)
        }
      },
    })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.info(`[generate] ${result.created} funding actions and ${result.organisations} organisations created and indexed in ${seconds} s`)
  } finally {
    // The embedded server ends its connections as it stops; that is not an error here.
    payload.db.pool?.on('error', () => undefined)
    await closePayload(payload)
    await embedded?.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
