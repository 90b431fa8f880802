import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'
import { type FundingSearchParams, fundingQueryString } from '../params'

/** The addresses of a search's feeds, exports and alert form, under /{locale}/funding. */
export const FUNDING_FEED_FILES = {
  calendar: 'deadlines.ics',
  atom: 'feed.atom',
  csv: 'export.csv',
  json: 'export.json',
} as const

export type FundingFeedKind = keyof typeof FUNDING_FEED_FILES

export type FundingFeedLinks = Record<FundingFeedKind, string> & {
  /** The calendar as a webcal:// address, which calendar apps offer to subscribe to. */
  webcal: string
  /** The page where a visitor asks for e-mail alerts on this search. */
  alert: string
}

/** The search as a canonical query string, without the page (a feed or alert holds every result). */
export const feedQuery = (params: FundingSearchParams): string => fundingQueryString(params, { page: false })

export const fundingPath = (locale: Locale, rest = ''): string => `/${locale}/funding${rest ? `/${rest}` : ''}`

/** A funding action's public page. */
export const fundingActionUrl = (locale: Locale, slug: string): string => `${siteUrl()}${fundingPath(locale, encodeURIComponent(slug))}`

/** The search page itself, absolute. */
export const fundingSearchUrl = (locale: Locale, params: FundingSearchParams): string => `${siteUrl()}${fundingPath(locale)}${feedQuery(params)}`

/**
 * Absolute links to "this search as a calendar / Atom / CSV / JSON / e-mail alert", for the search
 * page to offer (and to declare the Atom feed in its <head>: `alternates.types['application/atom+xml']`).
 */
export function fundingFeedLinks(locale: Locale, params: FundingSearchParams): FundingFeedLinks {
  const query = feedQuery(params)
  const url = (file: string) => `${siteUrl()}${fundingPath(locale, file)}${query}`
  const calendar = url(FUNDING_FEED_FILES.calendar)
  return {
    calendar,
    webcal: calendar.replace(/^https?:/, 'webcal:'),
    atom: url(FUNDING_FEED_FILES.atom),
    csv: url(FUNDING_FEED_FILES.csv),
    json: url(FUNDING_FEED_FILES.json),
    alert: url('alerts'),
  }
}
