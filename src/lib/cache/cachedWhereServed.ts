import { unstable_cache } from 'next/cache'

/**
 * `unstable_cache` needs the cache of a running Next.js server; outside one (tests, scripts) the
 * value is simply loaded again, which is what the cache would hold anyway.
 */
export async function cachedWhereServed<T>(load: () => Promise<T>, keyParts: string[], tags: string[]): Promise<T> {
  try {
    return await unstable_cache(load, keyParts, { tags })()
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')) return load()
    throw error
  }
}
