import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { MetricKind } from '../options'

export type MetricEvent = { campaignId: number; locale: Locale; kind: MetricKind; target?: string; at?: Date }

/** PLACEHOLDER — the metrics engineer implements the atomic upsert of one counter. */
export async function recordCampaignMetric(_payload: Payload, _event: MetricEvent): Promise<void> {}
