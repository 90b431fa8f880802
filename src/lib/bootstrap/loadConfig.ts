import type { SanitizedConfig } from 'payload'

/**
 * Imports the Payload config from a script run with `node --import tsx/esm`. Node 20 runs module
 * loader hooks on a thread of their own: while tsx compiles changed files there, the main thread
 * may have nothing left to wait for, and Node then exits silently with code 0 in the middle of the
 * import (seen with `bench/practice-search.ts` on the first run after an edit). A timer keeps the
 * process alive until the config is loaded.
 */
export async function loadConfig(): Promise<SanitizedConfig> {
  const keepAlive = setInterval(() => undefined, 1000)
  try {
    const { default: config } = await import('@payload-config')
    return await config
  } finally {
    clearInterval(keepAlive)
  }
}
