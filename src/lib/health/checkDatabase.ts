import type { Payload } from 'payload'

export type DatabaseHealth = { database: 'up'; latencyMs: number } | { database: 'down'; error: string }

const TIMEOUT_MS = 3000

/** One round trip to PostgreSQL, bounded in time so that a hung server reads as down. */
export async function checkDatabase(payload: Payload): Promise<DatabaseHealth> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)
    })
    await Promise.race([payload.db.pool.query('SELECT 1'), timeout])
    return { database: 'up', latencyMs: Math.round(performance.now() - started) }
  } catch (error) {
    return { database: 'down', error: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
}
