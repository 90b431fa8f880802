import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload } from 'payload'

import { assertTransactionsHoldOneConnection, SplitTransactionError, type TransactionalDatabase } from './transactionGuard'

type Connected = { drizzle?: TransactionalDatabase; pool?: { on: (event: 'error', listener: (error: Error) => void) => unknown } }

/** What happens when transactions are split: the process stops (a supervisor shows it failing). */
export type OnSplit = (error: SplitTransactionError, payload: Payload) => void

const stopProcess: OnSplit = (error, payload) => {
  payload.logger.fatal({ err: error, msg: 'Refusing to run: database transactions are not atomic' })
  process.exit(1)
}

/**
 * Wraps a Payload database adapter so that every connection (the first, and any later one after a
 * failed start) is checked before Payload uses it. This runs in `connect`, not in `onInit`: Payload
 * skips `onInit` when it starts again after a failed start, so a check there would hold for the
 * first request only.
 *  - The pool's idle connections dropped by PostgreSQL (restart, failover) are logged instead of
 *    crashing the process; the pool reconnects on the next query and /api/health reports the outage.
 *  - A transaction must keep its statements on one connection (see `transactionGuard.ts`); when it
 *    does not, `onSplit` runs (by default: log and stop the process). A database that cannot be
 *    reached for the check is only logged: that is /api/health's business.
 */
export function withStartupChecks<T extends BaseDatabaseAdapter>(adapter: DatabaseAdapterObj<T>, onSplit: OnSplit = stopProcess): DatabaseAdapterObj<T> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      if (!connect) return db
      const listening = new WeakSet<object>()
      db.connect = async (options) => {
        await connect.call(db, options)
        const { pool, drizzle } = db as unknown as Connected
        if (pool && !listening.has(pool)) {
          listening.add(pool)
          pool.on('error', (error) => db.payload.logger.warn({ err: error, msg: 'PostgreSQL connection lost' }))
        }
        try {
          await assertTransactionsHoldOneConnection(drizzle as TransactionalDatabase)
        } catch (error) {
          if (!(error instanceof SplitTransactionError)) {
            db.payload.logger.warn({ err: error, msg: 'Could not check database transactions at start-up' })
            return
          }
          onSplit(error, db.payload)
          throw error
        }
      }
      return db
    },
  }
}
