import { readFileSync } from 'node:fs'

import pg from 'pg'

import { E2E_STATE_FILE } from './e2e-settings'

/**
 * The e2e server's queue of scheduled publications, reached from the test process on the server's
 * database (no Payload instance of its own: loading the whole config in a child process took 15 s a
 * call, and died once without a word). The server's own jobs runner then runs what these queue.
 */
async function onDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { DATABASE_URL } = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as { DATABASE_URL: string }
  const client = new pg.Client({ connectionString: DATABASE_URL })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Queues the publication of a document's draft at `at`, as the admin's "Schedule publish" does. */
export async function schedulePublication(collection: string, id: number, at: Date): Promise<void> {
  await onDatabase((client) =>
    client.query(`INSERT INTO payload_jobs (task_slug, queue, input, wait_until) VALUES ('schedulePublish', 'default', $1, $2)`, [
      JSON.stringify({ type: 'publish', doc: { relationTo: collection, value: id } }),
      at.toISOString(),
    ]),
  )
}

/**
 * Makes the queued publications of one document due now, as the clock reaching their time would.
 * The admin stores the document's id as it got it (a number or a string); both read the same as text.
 */
export async function makePublicationsDue(collection: string, id: number): Promise<void> {
  const { rowCount } = await onDatabase((client) =>
    client.query(
      `UPDATE payload_jobs SET wait_until = now() - interval '1 second'
        WHERE task_slug = 'schedulePublish' AND completed_at IS NULL
          AND input->'doc'->>'relationTo' = $1 AND input->'doc'->>'value' = $2`,
      [collection, String(id)],
    ),
  )
  if (!rowCount) throw new Error(`No scheduled publication is queued for ${collection} ${id}.`)
}
