import { checkDatabase } from '@/lib/health/checkDatabase'
import { getPayloadClient } from '@/lib/payload'

export const dynamic = 'force-dynamic'

const noStore = { 'Cache-Control': 'no-store' }

function unavailable(reason: string): Response {
  // The reason can name hosts and users: it goes to the log, not to the public.
  console.error(`[health] database down: ${reason}`)
  return Response.json({ status: 'unavailable', database: 'down' }, { status: 503, headers: noStore })
}

/** 200 when the app can serve (its database answers), 503 otherwise: for load balancers and uptime checks. */
export async function GET(): Promise<Response> {
  try {
    const health = await checkDatabase(await getPayloadClient())
    if (health.database === 'down') return unavailable(health.error)
    return Response.json({ status: 'ok', ...health }, { headers: noStore })
  } catch (error) {
    return unavailable(error instanceof Error ? error.message : String(error))
  }
}
