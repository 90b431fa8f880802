import { rm } from 'node:fs/promises'
import path from 'node:path'

/**
 * Empties Next.js's on-disk data cache (production and development). It outlives a database: after a
 * new database is created, what it holds belongs to the old one and must not be served.
 */
export async function clearDataCache(root = process.cwd()): Promise<void> {
  const dist = process.env.NEXT_DIST_DIR || '.next'
  for (const dir of [path.join(dist, 'cache', 'fetch-cache'), path.join(dist, 'dev', 'cache', 'fetch-cache')]) {
    await rm(path.join(root, dir), { recursive: true, force: true })
  }
}
