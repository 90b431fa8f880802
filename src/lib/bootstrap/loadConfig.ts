import type { SanitizedConfig } from 'payload'

/**
 * Imports the Payload config from a script run with `node --import tsx/esm`, where it must be
 * imported after prepareEnvironment() has set the environment it reads. Under Node 20 and tsx this
 * dynamic import now and then never settles when other processes load the CPU (3 of 9 runs of a
 * script that had imported `@payloadcms/db-postgres` statically first, 1 of 9 without it; never in
 * 15 runs of a script that imports nothing else first). Node then exits with code 0 in the middle
 * of the script, as if it had succeeded; the timer keeps the process alive so that such a hang is
 * seen (and can be stopped) instead.
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
