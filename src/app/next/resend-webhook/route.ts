import { Resend } from 'resend'

import { markUndeliverable } from '@/lib/newsletter/subscribers/bounces'
import { getPayloadClient } from '@/lib/payload'

const STOPPING_EVENTS = new Set(['email.bounced', 'email.complained'])
const MAX_BODY = 256 * 1024

const answer = (status: number, message: string) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

type VerifiedEvent = { type: string; data?: { to?: unknown; bounce?: { type?: unknown } } }

/** The event when its Svix signature is ours (RESEND_WEBHOOK_SECRET, "whsec_…"), else null. */
function verifiedEvent(body: string, headers: Headers, secret: string): VerifiedEvent | null {
  const id = headers.get('svix-id')
  const timestamp = headers.get('svix-timestamp')
  const signature = headers.get('svix-signature')
  if (!id || !timestamp || !signature) return null
  try {
    // Verifying needs only the signing secret; the SDK insists on some API key to be constructed.
    const resend = new Resend(process.env.RESEND_API_KEY || 're_webhook_verification_only')
    return resend.webhooks.verify({ payload: body, headers: { id, timestamp, signature }, webhookSecret: secret }) as VerifiedEvent
  } catch {
    return null
  }
}

/**
 * POST /next/resend-webhook — Resend's delivery events. A permanent bounce or a spam complaint marks the
 * recipient's newsletter subscription bounced (no more newsletters); other events are acknowledged
 * and ignored. Unsigned or forged calls get 401, and nothing changes.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = process.env.RESEND_WEBHOOK_SECRET
  if (!secret) return answer(503, 'Webhook not configured')
  const body = await request.text()
  if (body.length > MAX_BODY) return answer(413, 'Too large')
  const event = verifiedEvent(body, request.headers, secret)
  if (!event) return answer(401, 'Invalid signature')
  // A transient bounce (a full mailbox, a server down) says nothing lasting about the address.
  const transient = event.type === 'email.bounced' && event.data?.bounce?.type === 'Transient'
  if (STOPPING_EVENTS.has(event.type) && !transient) {
    const to = Array.isArray(event.data?.to) ? event.data.to.filter((value): value is string => typeof value === 'string') : []
    await markUndeliverable(await getPayloadClient(), to)
  }
  return answer(200, 'OK')
}
