import { type FeedContext, feedResponse, readFeedRequest, unknownLocaleResponse } from '@/lib/funding/feeds/feedResponse'
import { openDataExport, openDataJson } from '@/lib/funding/feeds/openData'
import { getPayloadClient } from '@/lib/payload'

/** GET /{locale}/funding/export.json?… — every published action matching a funding search, as JSON (open data). */
export async function GET(request: Request, context: FeedContext): Promise<Response> {
  const feed = await readFeedRequest(request, context)
  if (!feed) return unknownLocaleResponse()
  const data = await openDataExport(await getPayloadClient(), feed.search, feed.locale)
  return feedResponse(openDataJson(data, feed.search, feed.locale), 'application/json; charset=utf-8', { 'X-Total-Count': String(data.total) })
}
