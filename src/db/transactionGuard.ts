import { sql } from '@payloadcms/db-postgres'

import type { SqlRunner } from '@/lib/practices/database'

/** What the check needs of a drizzle database: its transactions. */
export type TransactionalDatabase = { transaction: <T>(work: (tx: SqlRunner) => Promise<T>) => Promise<T> }

export class SplitTransactionError extends Error {
  constructor(backends: unknown[]) {
    super(
      'Database transactions are not held on one connection: two statements of one transaction ran on PostgreSQL ' +
        `backends ${backends.join(' and ')}. Writes would not be atomic and a rollback would undo nothing. ` +
        'This happens when the project and @payloadcms/db-postgres resolve two different copies of `pg` ' +
        '(drizzle then does not recognise the pool in a minified build): install the `pg` version that ' +
        '@payloadcms/db-postgres pins (`npm ls pg` must show one copy).',
    )
    this.name = 'SplitTransactionError'
  }
}

/**
 * Proves that a drizzle transaction keeps all its statements on one connection, by asking two
 * statements at once inside one transaction which server process answers them.
 *
 * drizzle's node-postgres driver checks out a connection for a transaction only when it recognises
 * the pool (`instanceof pg.Pool`, or a class name containing "Pool"). With two copies of `pg` and a
 * minified production build it recognises neither and sends `begin`, each statement and `commit`
 * to whichever pooled connection is free: nothing is atomic, and a connection can be handed back
 * still inside a transaction (a later write on it then fails, e.g. "cannot execute DELETE in a
 * read-only transaction"). On a real transaction both statements queue on its one connection; on
 * a pool they run at once on two.
 */
export async function assertTransactionsHoldOneConnection(db: TransactionalDatabase): Promise<void> {
  const backends = await db.transaction(async (tx) => {
    const answers = await Promise.all([tx.execute(sql`SELECT pg_backend_pid() AS pid`), tx.execute(sql`SELECT pg_backend_pid() AS pid`)])
    return answers.map(({ rows }) => rows[0]?.pid)
  })
  if (backends[0] === undefined || backends[0] !== backends[1]) throw new SplitTransactionError(backends)
}
