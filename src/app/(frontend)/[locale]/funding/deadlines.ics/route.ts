import { deadlinesCalendar } from '@/lib/funding/feeds/calendar'
import { type FeedContext, feedResponse, readFeedRequest, unknownLocaleResponse } from '@/lib/funding/feeds/feedResponse'
import { getPayloadClient } from '@/lib/payload'

/**
 * GET /{locale}/funding/deadlines.ics?… — the deadlines of a funding search as an iCalendar feed,
 * with the search page's filters in its address; subscribable (also as webcal://).
 */
export async function GET(request: Request, context: FeedContext): Promise<Response> {
  const feed = await readFeedRequest(request, context)
  if (!feed) return unknownLocaleResponse()
  const body = await deadlinesCalendar(await getPayloadClient(), feed.search, feed.locale)
  return feedResponse(body, 'text/calendar; charset=utf-8', { 'Content-Disposition': 'inline; filename="gkec-funding-deadlines.ics"' })
}
