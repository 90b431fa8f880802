import type { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

export type Statement = ReturnType<typeof sql>

/** What the search code needs of a drizzle database or transaction: raw SQL, rows back. */
export type SqlRunner = { execute: (query: Statement) => Promise<{ rows: Array<Record<string, unknown>> }> }

/**
 * The drizzle handle of the request's transaction when there is one (so that index rows written by
 * a hook are rolled back with the change that caused them), else the adapter's pool. This is what
 * @payloadcms/drizzle's own `getTransaction` does: `req.transactionID` keys `payload.db.sessions`.
 */
export async function sqlRunner(payload: Payload, req?: Partial<PayloadRequest>): Promise<SqlRunner> {
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const session = transactionID != null ? payload.db.sessions?.[String(transactionID)] : undefined
  return (session?.db ?? payload.db.drizzle) as unknown as SqlRunner
}
