import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { type FundingSearchParams, parseFundingSearchParams } from '../params'

/** What a feed's route handler receives from Next.js: the locale segment of its address. */
export type FeedContext = { params: Promise<{ locale: string }> }

export type FeedRequest = { locale: Locale; search: FundingSearchParams }

/**
 * The locale and the search of a feed or export request: the query string is read exactly as the
 * search page reads it, so a feed carries the page's filters. Null for an unknown locale.
 */
export async function readFeedRequest(request: Request, context: FeedContext): Promise<FeedRequest | null> {
  const { locale } = await context.params
  if (!isLocale(locale)) return null
  return { locale, search: parseFundingSearchParams(new URL(request.url).searchParams) }
}

/**
 * Public data that depends on the address alone: a shared cache may keep it 15 minutes (deadlines
 * and statuses move slowly), anyone may fetch it from another site, and search engines leave it out
 * (every filter combination is an address of its own).
 */
export function feedResponse(body: string, contentType: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentType,
      'Cache-Control': 'public, max-age=900, stale-while-revalidate=3600',
      'Access-Control-Allow-Origin': '*',
      'X-Robots-Tag': 'noindex',
      ...headers,
    },
  })
}

export const unknownLocaleResponse = (): Response =>
  new Response(`Not found. Feeds live under /${defaultLocale}/funding/…`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
