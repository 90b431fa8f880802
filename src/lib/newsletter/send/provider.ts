import { Resend } from 'resend'

export type NewsletterMessage = {
  from: string
  to: string
  subject: string
  html: string
  text: string
  headers: Record<string, string>
}

export type BatchOutcome =
  | { kind: 'accepted'; providerIds: string[] }
  | { kind: 'refused'; error: string }
  /** Resend already took a batch under this key, with other content: the first attempt went out. */
  | { kind: 'alreadyAccepted'; note: string }

/**
 * Hands one batch to Resend's batch API (RESEND_BASE_URL honoured by the SDK) under an idempotency
 * key, so a batch sent again after a crash is answered, not delivered twice. A 4xx is a refusal of
 * this batch (not retried), except the 409 of a key Resend already accepted; a 5xx, a 429 or a
 * network failure throws, and the job retries with backoff.
 * Without RESEND_API_KEY (development) the batch is printed instead.
 */
export async function sendBatch(messages: NewsletterMessage[], idempotencyKey: string): Promise<BatchOutcome> {
  const apiKey = process.env.RESEND_API_KEY
  if (!apiKey) {
    console.info(`[newsletter] not sent (no RESEND_API_KEY) — ${messages.length} messages, ${idempotencyKey}: ${messages[0]?.subject ?? ''}`)
    return { kind: 'accepted', providerIds: messages.map((_, index) => `console-${idempotencyKey}-${index}`) }
  }
  const resend = new Resend(apiKey)
  const { data, error } = await resend.batch.send(
    messages.map((message) => ({ ...message, to: [message.to], tags: [{ name: 'template', value: 'newsletter' }] })),
    { idempotencyKey },
  )
  if (error) {
    const status = error.statusCode ?? 0
    // The batch's recipients are fixed at its first attempt, but its words may not be (the issue
    // republished, a live figure moved) when it is retried after a crash: Resend refuses a key
    // reused with another body because it accepted the first one.
    if (status === 409 && error.name === 'invalid_idempotent_request') return { kind: 'alreadyAccepted', note: `409 ${error.name}: sent by an earlier attempt` }
    if (status >= 400 && status < 500 && status !== 429) return { kind: 'refused', error: `${status} ${error.name}: ${error.message}` }
    throw new Error(`Resend did not take newsletter batch ${idempotencyKey} (${status || 'network'}: ${error.message}); the job will retry it.`)
  }
  const ids = data?.data.map((entry) => entry.id) ?? []
  if (ids.length !== messages.length) throw new Error(`Resend answered batch ${idempotencyKey} with ${ids.length} ids for ${messages.length} messages.`)
  return { kind: 'accepted', providerIds: ids }
}
