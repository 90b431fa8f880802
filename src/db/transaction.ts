import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type RequestContext } from 'payload'

type TransactionOptions = {
  /** Who acts (for hooks and audit trails that name her). */
  user?: PayloadRequest['user']
  /** Hook context for every write, e.g. `{ disableRevalidate: true }`. */
  context?: RequestContext
}

/**
 * Runs `work` in a database transaction with a request of its own: every write it makes (the change,
 * its log row, the e-mail queued in the outbox) commits together when it returns, or not at all when
 * it throws.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, { user, context }: TransactionOptions = {}): Promise<T> {
  const req = await createLocalReq({ ...(user ? { user } : {}), ...(context ? { context } : {}) }, payload)
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
