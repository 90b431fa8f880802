/**
 * `npm run reindex:practices`: rebuilds the practice search index (practice_search and
 * practice_facets) from the live tables, e.g. after loading data with SQL or to repair it. Safe to
 * run at any time: each batch replaces its practices' rows in one statement.
 * Uses DATABASE_URL, or the embedded database in GKEC_DATA_DIR (default .data) like `npm run seed`.
 */
import { getPayload } from 'payload'

import { closePayload } from '@/db/closePayload'
import { prepareEnvironment } from '@/lib/bootstrap/environment'
import { loadConfig } from '@/lib/bootstrap/loadConfig'

async function main() {
  const { embedded } = await prepareEnvironment({ dev: process.env.NODE_ENV !== 'production' })
  const config = await loadConfig()
  const payload = await getPayload({ config, disableOnInit: true })
  // Imported once the config is loaded: this module is part of its import graph, and importing it
  // first leaves tsx's loader waiting forever on the config.
  const { reindexAllPractices } = await import('@/lib/practices/searchIndex')
  try {
    await payload.db.migrate()
    const started = performance.now()
    const indexed = await reindexAllPractices(payload, {
      onProgress: (done, total) => console.info(`[reindex] ${done}/${total} practice ids`),
    })
    console.info(`[reindex] ${indexed} public practices indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`)
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
