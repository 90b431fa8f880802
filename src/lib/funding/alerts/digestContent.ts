import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { fill } from '@/lib/submissions/fill'
import type { FundingAlert } from '@/payload-types'
import { fundingActionUrl } from '../feeds/links'
import { type MatchedAction, matchedActions } from '../feeds/publishedActions'
import { type FundingSearchParams, parseFundingSearchParams } from '../params'
import type { FundingMatch } from '../search/matchFunding'
import type { DigestSection } from './emails'

/** A digest lists the deadlines falling within this many days. */
export const DIGEST_DEADLINE_DAYS = 14
/** The most actions a digest section lists; the rest are counted, with a link to the search. */
export const DIGEST_MAX_ITEMS = 20
const DAY = 24 * 60 * 60 * 1000

export const alertSearch = (alert: Pick<FundingAlert, 'query'>): FundingSearchParams => parseFundingSearchParams(new URLSearchParams(alert.query ?? ''))

function formatMoment(moment: string, zone: string | null | undefined, locale: Locale): string {
  const format = (timeZone: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(
      new Date(moment),
    )
  try {
    return format(zone || 'UTC')
  } catch {
    return format('UTC')
  }
}

function item({ match, action }: MatchedAction, locale: Locale) {
  const { digest } = getStrings(locale).fundingAlerts.email
  const detail = match.closesAt
    ? fill(digest.closes, { date: formatMoment(match.closesAt, action.dates?.closesAt_tz, locale) })
    : match.rolling
      ? digest.rolling
      : undefined
  return { title: match.title, url: fundingActionUrl(locale, match.slug), detail }
}

/**
 * What one alert's digest holds at `now`: the actions matching its search first published since
 * the last digest (or since it was confirmed), and its matching open actions whose deadline falls
 * within 14 days. Both through `matchFunding`, like the search page.
 */
export async function digestContent(payload: Payload, alert: FundingAlert, now: Date): Promise<{ fresh: DigestSection; closing: DigestSection }> {
  const params = alertSearch(alert)
  const locale = alert.locale
  const since = new Date(alert.lastDigestAt ?? alert.confirmedAt ?? alert.createdAt)
  const fresh = await matchedActions(payload, { ...params, sort: 'newest' }, locale, { now, limit: DIGEST_MAX_ITEMS, publishedAfter: since })
  const soon = (match: FundingMatch) =>
    (match.status === 'open' || match.status === 'closing_soon') && match.closesAt != null && Date.parse(match.closesAt) - now.getTime() <= DIGEST_DEADLINE_DAYS * DAY
  const closing = await matchedActions(payload, { ...params, sort: 'closing' }, locale, { now, limit: 500, keep: soon })
  return {
    fresh: { items: fresh.actions.map((action) => item(action, locale)), total: fresh.total },
    closing: { items: closing.actions.slice(0, DIGEST_MAX_ITEMS).map((action) => item(action, locale)), total: closing.actions.length },
  }
}
