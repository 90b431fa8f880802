import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { sqlRunner } from '@/lib/practices/database'

/**
 * Recomputes a thread's reply count (listed replies) and last activity (its newest listed reply, or
 * its own creation) from the replies themselves. Written in SQL so that it neither adds a version of
 * the opening post nor runs its hooks. Call it whenever a reply is created or its listing changes.
 */
export async function refreshThreadActivity(payload: Payload, threadId: number, req?: PayloadRequest): Promise<void> {
  const db = await sqlRunner(payload, req)
  await db.execute(sql`
    UPDATE community_posts AS t SET
      reply_count = (SELECT count(*) FROM community_posts r WHERE r.thread_id = t.id AND r.listed),
      last_activity_at = GREATEST(t.created_at, COALESCE((SELECT max(r.created_at) FROM community_posts r WHERE r.thread_id = t.id AND r.listed), t.created_at))
    WHERE t.id = ${threadId} AND t.thread_id IS NULL`)
}
