import { newActionsFeed } from '@/lib/funding/feeds/atom'
import { type FeedContext, feedResponse, readFeedRequest, unknownLocaleResponse } from '@/lib/funding/feeds/feedResponse'
import { getPayloadClient } from '@/lib/payload'

/** GET /{locale}/funding/feed.atom?… — the newest published actions matching a funding search, as Atom. */
export async function GET(request: Request, context: FeedContext): Promise<Response> {
  const feed = await readFeedRequest(request, context)
  if (!feed) return unknownLocaleResponse()
  const body = await newActionsFeed(await getPayloadClient(), feed.search, feed.locale)
  return feedResponse(body, 'application/atom+xml; charset=utf-8')
}
