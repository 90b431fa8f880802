import type { Payload } from 'payload'

/** PLACEHOLDER (the notifications engineer fills it): send each member her daily digest of unsent notifications. */
export async function sendDailyDigests(_payload: Payload, _now = new Date()): Promise<{ digests: number }> {
  return { digests: 0 }
}
