/**
 * `npm run worker`: a process that only runs the jobs queue (emails, scheduled publishing…), for
 * deployments where the web instances set JOBS_AUTORUN=false. Needs DATABASE_URL and PAYLOAD_SECRET.
 */
import nextEnv from '@next/env'
import { getPayload } from 'payload'

import { closePayload } from '@/db/closePayload'
import { loadConfig } from '@/lib/bootstrap/loadConfig'

async function main() {
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
  if (!process.env.DATABASE_URL) throw new Error('The worker needs DATABASE_URL (the same database as the app).')
  process.env.JOBS_AUTORUN = 'true'
  const config = await loadConfig()
  const payload = await getPayload({ config, cron: true })
  payload.logger.info('GKEC jobs worker running')
  const stop = async () => {
    await closePayload(payload)
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
