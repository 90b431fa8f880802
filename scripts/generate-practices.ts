/**
 * `npm run generate:practices -- --count 50000 [--seed 2026] [--replace]`: inserts synthetic
 * published practices (demo content) for benchmarks, spread over the seeded cities and themes, and
 * indexes them for search. `--replace` first removes the practices an earlier run generated.
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
  const count = Number(option('count') ?? 1000)
  const seedValue = Number(option('seed') ?? 2026)
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a positive whole number, e.g. --count 50000')
  if (!Number.isInteger(seedValue)) throw new Error('--seed must be a whole number')

  const { embedded } = await prepareEnvironment({ dev: process.env.NODE_ENV !== 'production' })
  const config = await loadConfig()
  const payload = await getPayload({ config, disableOnInit: true })
  // Imported once the config is loaded: these modules are part of its import graph, and importing
  // them first leaves tsx's loader waiting forever on the config.
  const { seed } = await import('@/seed')
  const { generatePractices, removeGeneratedPractices } = await import('./practice-generator/generate')
  try {
    await payload.db.migrate()
    // Reference data (countries, cities, themes) is what the practices are spread over.
    await seed(payload, { demo: false })
    if (process.argv.includes('--replace')) {
      console.info(`[generate] removed ${await removeGeneratedPractices(payload)} earlier generated practices`)
    }
    const started = performance.now()
    let lastReport = 0
    const result = await generatePractices(payload, {
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
    console.info(`[generate] ${result.created} practices created, ${result.indexed} indexed for search, in ${seconds} s`)
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
