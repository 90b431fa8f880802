import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { inTransaction as inDatabaseTransaction } from '@/db/transaction'

import { sqlRunner } from '@/lib/practices/database'
import type { ModerationMessageKey } from './messages'

/** Why a moderation request is refused: an HTTP status and the message to show, in the reader's language. */
export class ModerationRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409,
    readonly key: ModerationMessageKey,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(key)
    this.name = 'ModerationRefusal'
  }
}

/** Runs `work` in one transaction acting as `user` (a moderator, for the log): all its writes or none. */
export const inTransaction = <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, user?: PayloadRequest['user']): Promise<T> =>
  inDatabaseTransaction(payload, work, { user })

/** Holds a post's row until the transaction ends: two flags or two moderators act one after the other. */
export async function lockPost(req: PayloadRequest, postId: number): Promise<void> {
  const db = await sqlRunner(req.payload, req)
  await db.execute(sql`SELECT id FROM community_posts WHERE id = ${postId} FOR UPDATE`)
}

/** Holds a member's row until the transaction ends. */
export async function lockMember(req: PayloadRequest, memberId: number): Promise<void> {
  const db = await sqlRunner(req.payload, req)
  await db.execute(sql`SELECT id FROM members WHERE id = ${memberId} FOR UPDATE`)
}

export { optionalRelationId as idOf } from '@/lib/relationId'
