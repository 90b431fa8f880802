import { type FeedContext, feedResponse, readFeedRequest, unknownLocaleResponse } from '@/lib/funding/feeds/feedResponse'
import { openDataCsv, openDataExport } from '@/lib/funding/feeds/openData'
import { getPayloadClient } from '@/lib/payload'

/** GET /{locale}/funding/export.csv?… — every published action matching a funding search, as CSV (open data). */
export async function GET(request: Request, context: FeedContext): Promise<Response> {
  const feed = await readFeedRequest(request, context)
  if (!feed) return unknownLocaleResponse()
  const data = await openDataExport(await getPayloadClient(), feed.search, feed.locale)
  return feedResponse(openDataCsv(data), 'text/csv; charset=utf-8; header=present', {
    'Content-Disposition': `attachment; filename="gkec-funding-${feed.locale}.csv"`,
    'X-Total-Count': String(data.total),
  })
}
