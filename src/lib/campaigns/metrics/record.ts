import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'
import type { MetricKind } from '../options'

export type MetricEvent = { campaignId: number; locale: Locale; kind: MetricKind; target?: string; at?: Date }

/** The UTC day a metric falls on, as stored: 'YYYY-MM-DD'. */
export const metricDay = (at: Date): string => at.toISOString().slice(0, 10)

/** Targets are block ids (Payload's ObjectID-like strings); the column holds at most 200 characters. */
const MAX_TARGET = 200

/**
 * Adds one to a campaign's counter for that day, language, kind and target: one statement, an
 * upsert on the unique (campaign, day, locale, kind, target) index, so concurrent requests never
 * lose a count. Nothing about the visitor is written. Pass `req` to count inside its transaction
 * (e.g. a sign-up that may still roll back).
 */
export async function recordCampaignMetric(payload: Payload, event: MetricEvent, req?: Partial<PayloadRequest>): Promise<void> {
  const db = await sqlRunner(payload, req)
  const day = metricDay(event.at ?? new Date())
  const target = (event.target ?? '').slice(0, MAX_TARGET)
  await db.execute(sql`
    INSERT INTO campaign_metrics (campaign_id, day, locale, kind, target, count, updated_at, created_at)
    VALUES (${event.campaignId}, ${day}, ${event.locale}, ${event.kind}, ${target}, 1, now(), now())
    ON CONFLICT (campaign_id, day, locale, kind, target)
    DO UPDATE SET count = campaign_metrics.count + 1, updated_at = now()`)
}
