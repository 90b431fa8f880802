import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { userHasRole } from '@/access/roles'
import { type Locale, localeCodes } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'
import type { Campaign } from '@/payload-types'
import { ctaTargets } from './ctaTarget'
import { metricDay } from './record'

/** The periods the admin view offers, in days; 30 unless asked. */
export const REPORT_PERIODS = [7, 30, 90, 365] as const
export const DEFAULT_PERIOD = 30

type Reader = PayloadRequest['user']

/** Communications staff and admins read campaign metrics; nobody else. */
export const canReadCampaignMetrics = (user: Reader): boolean => userHasRole(user, 'admin', 'communications')

/** A `?days=` value the view offers, else the default. */
export function parsePeriod(value: unknown): number {
  const days = Number(Array.isArray(value) ? value[0] : value)
  return (REPORT_PERIODS as readonly number[]).includes(days) ? days : DEFAULT_PERIOD
}

export type CampaignChoice = { id: number; title: string; status: 'draft' | 'published' }

export type DayFigures = { day: string; views: number; viewsByLocale: Record<Locale, number>; signups: number; clicks: number }

export type ClickFigures = { target: string; label: string | null; locales: Locale[]; clicks: number }

export type CampaignMetricsReport = {
  campaign: { id: number; title: string; slug: string }
  from: string
  to: string
  days: DayFigures[]
  totals: { views: number; signups: number; clicks: number; viewsByLocale: Record<Locale, number>; signupsByLocale: Record<Locale, number> }
  clicks: ClickFigures[]
}

const DAY_MS = 24 * 60 * 60 * 1000
const zeroByLocale = (): Record<Locale, number> => Object.fromEntries(localeCodes.map((code) => [code, 0])) as Record<Locale, number>
const asLocale = (value: unknown): Locale | null => (localeCodes.includes(value as Locale) ? (value as Locale) : null)

class MetricsForbiddenError extends Error {
  constructor() {
    super('Campaign metrics are for communications staff and admins.')
  }
}

function assertReader(user: Reader): void {
  if (!canReadCampaignMetrics(user)) throw new MetricsForbiddenError()
}

/** Every campaign, newest first, for the view's picker (staff read drafts too). */
export async function campaignChoices(payload: Payload, user: Reader): Promise<CampaignChoice[]> {
  assertReader(user)
  const { docs } = await payload.find({
    collection: 'campaigns',
    sort: '-createdAt',
    limit: 500,
    depth: 0,
    locale: 'en',
    overrideAccess: false,
    user,
    select: { title: true, _status: true },
  })
  return docs.map((doc) => ({ id: doc.id, title: doc.title, status: doc._status === 'published' ? 'published' : 'draft' }))
}

/** The label of each counted link, by block id, from the campaign's blocks in every language. */
async function clickLabels(payload: Payload, campaignId: number): Promise<Map<string, { label: string; locales: Locale[] }>> {
  const labels = new Map<string, { label: string; locales: Locale[] }>()
  for (const locale of localeCodes) {
    // Each language's own blocks (no fallback): a block id belongs to one language's layout.
    const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, locale, fallbackLocale: false, depth: 0, draft: true, overrideAccess: true, select: { layout: true } })
    for (const target of ctaTargets((campaign as Pick<Campaign, 'layout'>).layout)) {
      const known = labels.get(target.blockId)
      if (known) known.locales.push(locale)
      else labels.set(target.blockId, { label: target.label, locales: [locale] })
    }
  }
  return labels
}

/**
 * One campaign's figures over the last `period` days (UTC, today included): views per day and
 * language, sign-ups and clicks per day, totals, and clicks per call to action with its label.
 * Null when the campaign does not exist. Throws for a reader who is not communications staff.
 */
export async function campaignMetricsReport(payload: Payload, user: Reader, campaignId: number, period = DEFAULT_PERIOD, now = new Date()): Promise<CampaignMetricsReport | null> {
  assertReader(user)
  const campaign = await payload
    .findByID({ collection: 'campaigns', id: campaignId, locale: 'en', depth: 0, overrideAccess: false, user, select: { title: true, slug: true } })
    .catch(() => null)
  if (!campaign) return null
  const to = metricDay(now)
  const from = metricDay(new Date(now.getTime() - (period - 1) * DAY_MS))
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`
    SELECT day, locale, kind::text AS kind, target, sum(count)::int AS count
    FROM campaign_metrics
    WHERE campaign_id = ${campaignId} AND day >= ${from} AND day <= ${to}
    GROUP BY day, locale, kind, target`)

  const days = new Map<string, DayFigures>()
  for (let at = new Date(`${from}T00:00:00.000Z`).getTime(); metricDay(new Date(at)) <= to; at += DAY_MS) {
    const day = metricDay(new Date(at))
    days.set(day, { day, views: 0, viewsByLocale: zeroByLocale(), signups: 0, clicks: 0 })
  }
  const totals = { views: 0, signups: 0, clicks: 0, viewsByLocale: zeroByLocale(), signupsByLocale: zeroByLocale() }
  const clicksByTarget = new Map<string, number>()
  for (const row of rows) {
    const figures = days.get(String(row.day))
    const count = Number(row.count)
    const locale = asLocale(row.locale)
    if (!figures) continue
    if (row.kind === 'view') {
      figures.views += count
      totals.views += count
      if (locale) {
        figures.viewsByLocale[locale] += count
        totals.viewsByLocale[locale] += count
      }
    } else if (row.kind === 'signup') {
      figures.signups += count
      totals.signups += count
      if (locale) totals.signupsByLocale[locale] += count
    } else if (row.kind === 'cta') {
      figures.clicks += count
      totals.clicks += count
      const target = String(row.target ?? '')
      clicksByTarget.set(target, (clicksByTarget.get(target) ?? 0) + count)
    }
  }
  const labels = clicksByTarget.size ? await clickLabels(payload, campaignId) : new Map()
  const clicks = [...clicksByTarget]
    .map(([target, count]) => ({ target, label: labels.get(target)?.label ?? null, locales: labels.get(target)?.locales ?? [], clicks: count }))
    .sort((a, b) => b.clicks - a.clicks || a.target.localeCompare(b.target))
  return { campaign: { id: campaign.id, title: campaign.title, slug: campaign.slug }, from, to, days: [...days.values()], totals, clicks }
}
