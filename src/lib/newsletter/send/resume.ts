import type { Payload } from 'payload'

/** PLACEHOLDER — the newsletter engineer implements the recovery of stalled sends. */
export async function resumeStalledSends(_payload: Payload): Promise<{ resumed: number }> {
  return { resumed: 0 }
}
