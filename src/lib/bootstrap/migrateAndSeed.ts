import { getPayload } from 'payload'

import { closePayload } from '@/db/closePayload'
import { loadConfig } from './loadConfig'

/**
 * Applies pending migrations, and on a new embedded database seeds the demo so that a first start
 * lands on a living portal. A configured DATABASE_URL never receives demo content unasked.
 */
export async function migrateAndSeed(options: { seedDemoIfEmpty: boolean }): Promise<void> {
  const config = await loadConfig()
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    await payload.db.migrate()
    if (options.seedDemoIfEmpty) {
      const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
      if (totalDocs === 0) {
        // Imported after the config: the seed's import graph reaches the database driver (see loadConfig).
        const { seed } = await import('@/seed')
        await seed(payload, { demo: true })
      }
    }
  } finally {
    await closePayload(payload)
  }
}
