import type { Payload } from 'payload'

/** PLACEHOLDER — the newsletter engineer implements the resumable batched send. */
export async function runNewsletterSend(_payload: Payload, _issueId: number): Promise<{ sent: number }> {
  return { sent: 0 }
}
