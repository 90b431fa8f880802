import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import type { Payload } from 'payload'

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
    } finally {
      await pool.end()
    }
  })
})
