/** `npm run seed` (reference data and globals) and `npm run seed -- --demo` (plus demo content). */
import { getPayload } from 'payload'

import { closePayload } from '@/db/closePayload'

import { prepareEnvironment } from '@/lib/bootstrap/environment'
import { seed } from '@/seed'
import { loadConfig } from '@/lib/bootstrap/loadConfig'

async function main() {
  const demo = process.argv.includes('--demo')
  const { embedded } = await prepareEnvironment({ dev: process.env.NODE_ENV !== 'production' })
  const config = await loadConfig()
  const payload = await getPayload({ config, disableOnInit: true })
  try {
    await payload.db.migrate()
    await seed(payload, { demo })
  } finally {
    await closePayload(payload)
    await embedded?.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
