import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import type { BaseDatabaseAdapter, Payload } from 'payload'

import { withStartupChecks } from '@/db/startupChecks'
import { assertTransactionsHoldOneConnection, SplitTransactionError, type TransactionalDatabase } from '@/db/transactionGuard'
import { closePayload, getTestPayload } from '../support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

describe('database transactions', () => {
  it('use the one copy of pg that drizzle recognises, so every transaction holds one connection', async () => {
    // drizzle decides whether to check out a connection by `instanceof pg.Pool` (its own `pg`) or,
    // failing that, a class name with "Pool" in it, which a minified production build does not keep.
    expect(payload.db.pool).toBeInstanceOf(pg.Pool)
    await expect(assertTransactionsHoldOneConnection(payload.db.drizzle as unknown as TransactionalDatabase)).resolves.toBeUndefined()
  })

  it('are refused when they are spread over the pool, as drizzle does with a pool it does not recognise', async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 5 })
    // What the production build saw: a pool of another `pg` copy whose class name was minified away.
    class Minified {
      query = pool.query.bind(pool)
      connect = pool.connect.bind(pool)
    }
    const spread = drizzle({ client: new Minified() as unknown as pg.Pool })
    try {
      await expect(assertTransactionsHoldOneConnection(spread as unknown as TransactionalDatabase)).rejects.toBeInstanceOf(SplitTransactionError)
      await expect(assertTransactionsHoldOneConnection(spread as unknown as TransactionalDatabase)).rejects.toThrow(/npm ls pg/)

      // The adapter wrapper checks every connection, including Payload's second start after a
      // failed one (which skips onInit), and stops the start each time.
      const refusals: Error[] = []
      const adapter = withStartupChecks(
        {
          defaultIDType: 'number',
          init: () => ({ payload, connect: async () => undefined, drizzle: spread, pool }) as unknown as BaseDatabaseAdapter,
        },
        (error) => refusals.push(error),
      )
      const db = adapter.init({ payload })
      await expect(db.connect?.()).rejects.toBeInstanceOf(SplitTransactionError)
      await expect(db.connect?.()).rejects.toBeInstanceOf(SplitTransactionError)
      expect(refusals).toHaveLength(2)
    } finally {
      await pool.end()
    }
  })

  it('go through the checked adapter in the app: its pool logs a dropped connection instead of crashing', () => {
    // A pool without an 'error' listener would throw the error and end the process.
    expect(payload.db.pool?.listenerCount('error')).toBeGreaterThan(0)
  })
})
