import { sql } from '@payloadcms/db-postgres'

import type { Statement } from '@/lib/practices/database'
import type { FundingStatus } from './options'

/** "Closing soon" means the deadline falls within this many days. */
export const CLOSING_SOON_DAYS = 30
const DAY = 24 * 60 * 60 * 1000

/** The dates that decide a status. Dates are instants: an editor's deadline "17:00 in Brussels" is stored as that moment. */
export type FundingDates = {
  opensAt?: string | Date | null
  closesAt?: string | Date | null
  rolling?: boolean | null
}

const instant = (value: string | Date | null | undefined): number | null => {
  if (value == null || value === '') return null
  const time = value instanceof Date ? value.getTime() : Date.parse(value)
  return Number.isNaN(time) ? null : time
}

/**
 * Upcoming before it opens; closed once its deadline has passed; closing soon in the last 30 days;
 * open otherwise. A rolling action (applications any time) has no deadline; neither has an action
 * whose deadline is not known yet, which stays open. Keep in step with `fundingStatusSql`.
 */
export function fundingStatus(dates: FundingDates, now: Date = new Date()): FundingStatus {
  const at = now.getTime()
  const opens = instant(dates.opensAt)
  if (opens != null && opens > at) return 'upcoming'
  const closes = dates.rolling ? null : instant(dates.closesAt)
  if (closes == null) return 'open'
  if (closes <= at) return 'closed'
  if (closes - at <= CLOSING_SOON_DAYS * DAY) return 'closing_soon'
  return 'open'
}

/** The same status in SQL, over a row `f` of funding_facets (opens_at, closes_at, rolling), at `now`. */
export function fundingStatusSql(now: Statement = sql`now()`, row = 'f'): Statement {
  const column = (name: string) => sql.raw(`${row}.${name}`)
  return sql`(CASE
    WHEN ${column('opens_at')} > ${now} THEN 'upcoming'
    WHEN ${column('rolling')} OR ${column('closes_at')} IS NULL THEN 'open'
    WHEN ${column('closes_at')} <= ${now} THEN 'closed'
    WHEN ${column('closes_at')} - ${now} <= ${sql.raw(`interval '${CLOSING_SOON_DAYS} days'`)} THEN 'closing_soon'
    ELSE 'open' END)`
}
