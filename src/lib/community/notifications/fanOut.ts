import type { Payload } from 'payload'

/** PLACEHOLDER (the notifications engineer fills it): tell followers (and a practice's contact) of a newly published post. */
export async function fanOutPost(_payload: Payload, _postId: number): Promise<{ notified: number }> {
  return { notified: 0 }
}
