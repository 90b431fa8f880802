import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The Payload instance of this process. `cron: true` starts the jobs queue's runner with the first
 * request that reaches Payload (see `jobs/index.ts` for JOBS_AUTORUN).
 */
export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config, cron: true })
}
