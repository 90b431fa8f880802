import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { FundingAlert } from '@/payload-types'
import { fundingPath } from '../feeds/links'
import { describeFundingSearch } from './describeSearch'
import { alertSearch, digestContent } from './digestContent'
import { alertDigestEmail } from './emails'

/** The ISO week of a moment (UTC), e.g. "2026-W48": one digest per alert and week. */
export function digestPeriod(now: Date): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7))
  const week = Math.ceil(((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7)
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/** Holds the alert's row until the transaction ends, so two runs at once cannot both send its digest. */
async function lockAlert(payload: Payload, req: PayloadRequest, id: number): Promise<void> {
  const transactionID = await req.transactionID
  const session = transactionID ? payload.db.sessions?.[String(transactionID)] : undefined
  const db = session?.db as typeof payload.db.drizzle | undefined
  if (db) await db.execute(sql`SELECT id FROM funding_alerts WHERE id = ${id} FOR UPDATE`)
}

type Result = 'sent' | 'empty' | 'skipped'

/**
 * One alert's digest for the week, in one transaction: the week is recorded on the alert and the
 * email queued in the outbox together, so a retried or repeated run finds the week done and sends
 * nothing again. An empty digest is not sent (the week is recorded; `lastDigestAt` stays, so what
 * is published later still counts as new).
 */
async function digestOne(payload: Payload, alertId: number, now: Date, period: string): Promise<Result> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await lockAlert(payload, req, alertId)
    const alert: FundingAlert | null = await payload.findByID({ collection: 'funding-alerts', id: alertId, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!alert || alert.status !== 'confirmed' || alert.digestPeriod === period) {
      await commitTransaction(req)
      return 'skipped'
    }
    const { fresh, closing } = await digestContent(payload, alert, now)
    const empty = fresh.total === 0 && closing.total === 0
    await payload.update({
      collection: 'funding-alerts',
      id: alert.id,
      data: empty ? { digestPeriod: period } : { digestPeriod: period, lastDigestAt: now.toISOString() },
      overrideAccess: true,
      depth: 0,
      req,
    })
    if (!empty) {
      const search = await describeFundingSearch(payload, alertSearch(alert), alert.locale)
      const searchPath = `${fundingPath(alert.locale)}${alert.query ?? ''}`
      const { headers, ...email } = alertDigestEmail({ alertId: alert.id, locale: alert.locale, search, searchPath, fresh, closing })
      await payload.sendEmail({ to: alert.email, ...email, headers, req })
    }
    await commitTransaction(req)
    return empty ? 'empty' : 'sent'
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

export type DigestRun = { sent: number; empty: number; failed: number }

/**
 * The weekly digests: every confirmed alert without this week's digest gets one (when it has
 * news). A failing alert does not stop the others; the run then throws, so the job is retried and
 * only the alerts still without this week's digest are tried again.
 */
export async function sendAlertDigests(payload: Payload, now = new Date()): Promise<DigestRun> {
  const period = digestPeriod(now)
  const run: DigestRun = { sent: 0, empty: 0, failed: 0 }
  let after = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'funding-alerts',
      where: { and: [{ status: { equals: 'confirmed' } }, { id: { greater_than: after } }, { or: [{ digestPeriod: { exists: false } }, { digestPeriod: { not_equals: period } }] }] },
      sort: 'id',
      limit: 100,
      depth: 0,
      select: { status: true },
      overrideAccess: true,
    })
    if (!docs.length) return run
    for (const { id } of docs) {
      after = id
      try {
        const result = await digestOne(payload, id, now, period)
        if (result !== 'skipped') run[result]++
      } catch (error) {
        run.failed++
        payload.logger.error({ err: error, alertId: id }, 'a funding alert digest could not be prepared')
      }
    }
  }
}
