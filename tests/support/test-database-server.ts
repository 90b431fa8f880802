/**
 * Runs the test database for one jest run in its own process (jest's global setup cannot load our
 * TypeScript ESM): prints `DATABASE_URL=<url>` once ready, then drops or stops it on SIGTERM.
 */
import { createTestDatabase } from './testDatabase'

const database = await createTestDatabase()
process.stdout.write(`DATABASE_URL=${database.url}\n`)

const stop = async () => {
  await database.stop()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
setInterval(() => undefined, 60_000)
