import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import type { IssueSendStatus } from '@/lib/campaigns/options'

export type SendState = {
  status: IssueSendStatus
  published: boolean
  sendAt: Date | null
  sendingStartedAt: Date | null
  heartbeatAt: Date | null
  sentAt: Date | null
  stats: { recipients: number; sent: number; failed: number }
}

type Queryable = Pick<PoolClient, 'query'>

type StateRow = {
  send_status: IssueSendStatus
  _status: string | null
  send_at: Date | null
  sending_started_at: Date | null
  heartbeat_at: Date | null
  sent_at: Date | null
  stats_recipients: string | null
  stats_sent: string | null
  stats_failed: string | null
}

export async function readSendState(db: Queryable, issueId: number): Promise<SendState | null> {
  const { rows } = await db.query<StateRow>(
    `SELECT send_status, _status, send_at, sending_started_at, heartbeat_at, sent_at, stats_recipients, stats_sent, stats_failed
       FROM nl_issues WHERE id = $1`,
    [issueId],
  )
  const row = rows[0]
  if (!row) return null
  return {
    status: row.send_status ?? 'draft',
    published: row._status === 'published',
    sendAt: row.send_at,
    sendingStartedAt: row.sending_started_at,
    heartbeatAt: row.heartbeat_at,
    sentAt: row.sent_at,
    stats: { recipients: Number(row.stats_recipients ?? 0), sent: Number(row.stats_sent ?? 0), failed: Number(row.stats_failed ?? 0) },
  }
}

export const readIssueSendState = (payload: Payload, issueId: number): Promise<SendState | null> => readSendState(payload.db.pool, issueId)

type StatePatch = Partial<{
  send_status: IssueSendStatus
  send_at: Date | null
  sending_started_at: Date | null
  heartbeat_at: Date | null
  sent_at: Date | null
  stats_recipients: number
  stats_sent: number
  stats_failed: number
}>

/**
 * Writes the send state on the issue and on its latest version alike. Payload reads an edit's
 * "original document" from the latest version: were it left behind, the next save or publish in the
 * admin would write its stale state back over the service's.
 *
 * `onlyIf` makes the change conditional on the current status (a compare-and-set); the result says
 * whether it happened.
 */
export async function writeSendState(db: Queryable, issueId: number, patch: StatePatch, onlyIf?: IssueSendStatus[]): Promise<boolean> {
  const entries = Object.entries(patch)
  if (!entries.length) return true
  const values = entries.map(([, value]) => value)
  const set = (prefix: string) => entries.map(([column], index) => `"${prefix}${column}" = $${index + 2}`).join(', ')
  const guard = (column: string) => (onlyIf ? ` AND "${column}"::text = ANY($${values.length + 2}::text[])` : '')
  const params = onlyIf ? [issueId, ...values, onlyIf] : [issueId, ...values]
  const { rowCount } = await db.query(`UPDATE nl_issues SET ${set('')} WHERE id = $1${guard('send_status')}`, params)
  if (!rowCount) return false
  await db.query(`UPDATE _nl_issues_v SET ${set('version_')} WHERE parent_id = $1 AND latest = true`, onlyIf ? params.slice(0, -1) : params)
  return true
}

/** The counters of the issue's deliveries, written to its stats. */
export async function refreshStats(db: Queryable, issueId: number, extra: StatePatch = {}): Promise<void> {
  const { rows } = await db.query<{ recipients: string; sent: string; failed: string }>(
    `SELECT count(*) FILTER (WHERE status <> 'skipped') AS recipients,
            count(*) FILTER (WHERE status = 'sent') AS sent,
            count(*) FILTER (WHERE status = 'failed') AS failed
       FROM newsletter_deliveries WHERE issue_id = $1`,
    [issueId],
  )
  const counts = rows[0]
  await writeSendState(db, issueId, {
    stats_recipients: Number(counts?.recipients ?? 0),
    stats_sent: Number(counts?.sent ?? 0),
    stats_failed: Number(counts?.failed ?? 0),
    ...extra,
  })
}
