import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

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

/**
 * Runs `work` in one database transaction with its own request (acting as `user` when given, for
 * audit trails that name who acted): every write (the change, the log row, the queued e-mail)
 * commits together or not at all.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, user?: PayloadRequest['user']): Promise<T> {
  const req = await createLocalReq(user ? { user } : {}, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

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

export const idOf = (value: unknown): number | null =>
  value == null ? null : typeof value === 'object' ? Number((value as { id: unknown }).id) : Number(value)
