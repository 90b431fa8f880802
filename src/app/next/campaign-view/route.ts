import { findLiveCampaign } from '@/lib/campaigns/metrics/liveCampaign'
import { isCountableVisit } from '@/lib/campaigns/metrics/countable'
import { queryOf, viewQuery } from '@/lib/campaigns/metrics/params'
import { recordCampaignMetric } from '@/lib/campaigns/metrics/record'
import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'

// A 1×1 transparent GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

const NO_STORE = { 'Cache-Control': 'no-store, max-age=0', 'X-Robots-Tag': 'noindex' }

// Never prerendered or cached: each request is one possible view.
export const dynamic = 'force-dynamic'

/**
 * GET /next/campaign-view?c=<campaign>&l=<locale> — the counting pixel of a campaign page. A
 * person's request for a live campaign adds one view for that day and language; crawlers,
 * prefetches, drafts, ended and unknown campaigns add nothing but still get the pixel. No cookie is
 * set and nothing about the visitor (address, browser) is kept.
 */
export async function GET(request: Request): Promise<Response> {
  const query = viewQuery.safeParse(queryOf(request))
  if (!query.success) {
    return new Response('Invalid campaign view.', { status: 400, headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  if (isCountableVisit(request.headers)) {
    const payload = await getPayloadClient()
    const locale = query.data.l as Locale
    const campaign = await findLiveCampaign(payload, query.data.c, locale)
    if (campaign) await recordCampaignMetric(payload, { campaignId: campaign.id, locale, kind: 'view' })
  }
  return new Response(new Uint8Array(PIXEL), {
    status: 200,
    headers: { ...NO_STORE, 'Content-Type': 'image/gif', 'Content-Length': String(PIXEL.length), 'Referrer-Policy': 'no-referrer' },
  })
}
