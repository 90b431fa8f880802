import { TZDate } from '@date-fns/tz'
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator'
import type { Payload } from 'payload'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { fill } from '@/lib/submissions/fill'
import { siteUrl } from '@/lib/seo/siteUrl'
import type { FundingAction } from '@/payload-types'
import type { FundingSearchParams } from '../params'
import type { FundingMatch } from '../search/matchFunding'
import { fundingActionUrl, fundingFeedLinks, fundingSearchUrl } from './links'
import { matchedActions } from './publishedActions'

const DAY = 24 * 60 * 60 * 1000
/**
 * Deadlines that passed within this many days stay in the calendar: a subscribed calendar keeps
 * the history its owner saw instead of losing an event the minute it passes. Older ones go.
 */
export const PAST_DEADLINE_DAYS = 30
/** How often calendar apps are asked to fetch the feed again. */
const REFRESH_SECONDS = 6 * 60 * 60

/** The VTIMEZONE block of an IANA zone, or null for a zone the library does not know. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone)
  return Array.isArray(block) ? block[0] : null
}

/** A moment in the zone the editor chose (so the event reads "17:00 Brussels"), else in UTC. */
function zoned(moment: string, zone: string | null | undefined): { start: Date; timezone: string | null } {
  if (zone && zone !== 'UTC' && vtimezone(zone)) return { start: new TZDate(moment, zone), timezone: zone }
  return { start: new Date(moment), timezone: null }
}

/**
 * Which actions the calendar holds. With the search's default statuses (closed ones hidden) the
 * search is asked as of 30 days ago: what was not closed then is exactly what is not closed now
 * plus what closed within the last 30 days, and the closing sort puts the most recent deadlines
 * first. A search that picks statuses, or asks for closed actions, gets exactly what it asked for.
 * Of those, an action needs a deadline, or an opening date that is ahead or recent, to appear.
 */
function calendarSearch(params: FundingSearchParams, now: Date) {
  const byDefault = params.statuses.length === 0 && !params.showClosed
  const since = now.getTime() - PAST_DEADLINE_DAYS * DAY
  const recent = (moment: string | null) => moment != null && Date.parse(moment) >= since
  const keep = (match: FundingMatch) => match.closesAt != null || recent(match.opensAt)
  return { search: { ...params, sort: 'closing' as const }, asOf: byDefault ? new Date(since) : now, keep, recent }
}

function eventText(action: FundingAction, locale: Locale): string {
  const { feeds } = getStrings(locale).fundingAlerts
  const lines = [action.summary, fill(feeds.details, { url: fundingActionUrl(locale, action.slug ?? String(action.id)) })]
  if (action.apply?.url) lines.push(fill(feeds.apply, { url: action.apply.url }))
  return lines.join('\n\n')
}

/**
 * The deadlines of a search as an iCalendar feed (RFC 5545): one event per deadline at its exact
 * moment, in the funder's time zone (with its VTIMEZONE) or UTC, and one per opening date still
 * ahead or recent. UIDs are stable (action id + kind @ host), so a calendar updates an event when
 * its date changes instead of adding another.
 */
export async function deadlinesCalendar(payload: Payload, params: FundingSearchParams, locale: Locale, now = new Date()): Promise<string> {
  const { feeds } = getStrings(locale).fundingAlerts
  const { search, asOf, keep, recent } = calendarSearch(params, now)
  const { actions } = await matchedActions(payload, search, locale, { now: asOf, keep })
  const host = new URL(siteUrl()).host
  const calendar = ical({
    name: feeds.calendarName,
    description: feeds.calendarDescription,
    prodId: { company: 'GKEC', product: 'funding-deadlines', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    url: fundingSearchUrl(locale, params),
    source: fundingFeedLinks(locale, params).calendar,
    ttl: REFRESH_SECONDS,
    timezone: { name: null, generator: vtimezone },
  })
  for (const { match, action } of actions) {
    const common = {
      description: eventText(action, locale),
      url: fundingActionUrl(locale, match.slug),
      stamp: new Date(action.updatedAt),
      lastModified: new Date(action.updatedAt),
      transparency: ICalEventTransparency.TRANSPARENT,
    }
    if (match.closesAt) {
      calendar.createEvent({
        ...common,
        ...zoned(match.closesAt, action.dates?.closesAt_tz),
        id: `funding-action-${match.actionId}-deadline@${host}`,
        summary: fill(feeds.deadline, { title: match.title }),
      })
    }
    if (match.opensAt && recent(match.opensAt)) {
      calendar.createEvent({
        ...common,
        ...zoned(match.opensAt, action.dates?.opensAt_tz),
        id: `funding-action-${match.actionId}-opening@${host}`,
        summary: fill(feeds.opens, { title: match.title }),
      })
    }
  }
  return calendar.toString()
}
