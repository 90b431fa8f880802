import type { PoolClient } from 'pg'

import type { Locale } from '@/i18n/locales'

export type BatchDelivery = { id: number; subscriberId: number; email: string; locale: Locale }

/**
 * Marks a batch's deliveries as handed to the provider. A batch's content is fixed the first time it
 * is attempted: a retry after a crash sends exactly the same deliveries under the same idempotency
 * key, so the provider recognises it (a subscriber who left in between was already sent to).
 */
export const ATTEMPTED = 'attempted'

type Db = Pick<PoolClient, 'query'>

/** The batches that still have pending deliveries, in order. */
export async function pendingBatches(db: Db, issueId: number): Promise<number[]> {
  const { rows } = await db.query<{ batch: string }>(
    `SELECT DISTINCT batch FROM newsletter_deliveries WHERE issue_id = $1 AND status = 'pending' ORDER BY batch`,
    [issueId],
  )
  return rows.map((row) => Number(row.batch))
}

type DeliveryRow = { id: number; subscriber_id: number; email: string; locale: Locale }

const toDelivery = (row: DeliveryRow): BatchDelivery => ({ id: row.id, subscriberId: row.subscriber_id, email: row.email, locale: row.locale })

/**
 * The deliveries one batch sends. On its first attempt, subscribers who are no longer confirmed
 * (unsubscribed or bounced since the list was frozen) are skipped and the rest marked attempted, in
 * one transaction; later attempts take exactly the attempted ones.
 */
export async function claimBatch(db: Db, issueId: number, batch: number): Promise<BatchDelivery[]> {
  const attempted = await db.query<DeliveryRow>(
    `SELECT id, subscriber_id, email, locale FROM newsletter_deliveries
      WHERE issue_id = $1 AND batch = $2 AND status = 'pending' AND provider_id = $3 ORDER BY id`,
    [issueId, batch, ATTEMPTED],
  )
  if (attempted.rows.length) return attempted.rows.map(toDelivery)
  await db.query('BEGIN')
  try {
    await db.query(
      `UPDATE newsletter_deliveries d SET status = 'skipped', updated_at = now()
         FROM subscribers s
        WHERE d.subscriber_id = s.id AND d.issue_id = $1 AND d.batch = $2 AND d.status = 'pending' AND s.status <> 'confirmed'`,
      [issueId, batch],
    )
    const claimed = await db.query<DeliveryRow>(
      `UPDATE newsletter_deliveries SET provider_id = $3, updated_at = now()
        WHERE issue_id = $1 AND batch = $2 AND status = 'pending'
        RETURNING id, subscriber_id, email, locale`,
      [issueId, batch, ATTEMPTED],
    )
    await db.query('COMMIT')
    return claimed.rows.map(toDelivery).sort((a, b) => a.id - b.id)
  } catch (error) {
    await db.query('ROLLBACK')
    throw error
  }
}

/** The batch was accepted: each delivery gets its provider id, in one statement. */
export async function markSent(db: Db, deliveries: BatchDelivery[], providerIds: string[], at: Date): Promise<void> {
  await db.query(
    `UPDATE newsletter_deliveries d SET status = 'sent', provider_id = accepted.provider_id, sent_at = $3, error = NULL, updated_at = now()
       FROM unnest($1::int[], $2::text[]) AS accepted(id, provider_id)
      WHERE d.id = accepted.id`,
    [deliveries.map((delivery) => delivery.id), providerIds, at],
  )
}

/** An earlier attempt of the batch was accepted, but its answer was lost: sent, without provider ids. */
export async function markSentEarlier(db: Db, deliveries: BatchDelivery[], note: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE newsletter_deliveries SET status = 'sent', provider_id = NULL, sent_at = $2, error = $3, updated_at = now() WHERE id = ANY($1::int[])`,
    [deliveries.map((delivery) => delivery.id), at, note.slice(0, 500)],
  )
}

/** The provider refused the batch for good (a 4xx): its deliveries fail with the reason. */
export async function markFailed(db: Db, deliveries: BatchDelivery[], error: string): Promise<void> {
  await db.query(
    `UPDATE newsletter_deliveries SET status = 'failed', provider_id = NULL, error = $2, updated_at = now() WHERE id = ANY($1::int[])`,
    [deliveries.map((delivery) => delivery.id), error.slice(0, 500)],
  )
}
