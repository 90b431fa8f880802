import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { closePayload } from '../../src/db/closePayload'

/**
 * Payload on the run's fresh database, with the committed migrations applied (the first test file
 * to ask applies them; later ones find nothing pending).
 */
export async function getTestPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  return payload
}

export { closePayload }
