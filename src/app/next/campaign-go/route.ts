import { ctaRedirect } from '@/lib/campaigns/metrics/ctaTarget'
import { isCountableVisit } from '@/lib/campaigns/metrics/countable'
import { findLiveCampaign } from '@/lib/campaigns/metrics/liveCampaign'
import { ctaQuery, queryOf } from '@/lib/campaigns/metrics/params'
import { recordCampaignMetric } from '@/lib/campaigns/metrics/record'
import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'

const NO_STORE = { 'Cache-Control': 'no-store, max-age=0', 'X-Robots-Tag': 'noindex' }

export const dynamic = 'force-dynamic'

const refuse = (status: 400 | 404, text: string) =>
  new Response(text, { status, headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * GET /next/campaign-go?c=<campaign>&b=<block>&l=<locale> — a call to action's link on a campaign
 * page. The address is the one the live campaign's block holds in that language (English when the
 * language has no blocks of its own), never one from the query: an unknown campaign or block is a
 * 404. A person's click is counted (by block), then a 303 sends them on. No cookie is set.
 */
export async function GET(request: Request): Promise<Response> {
  const query = ctaQuery.safeParse(queryOf(request))
  if (!query.success) return refuse(400, 'Invalid campaign link.')
  const payload = await getPayloadClient()
  const locale = query.data.l as Locale
  const campaign = await findLiveCampaign(payload, query.data.c, locale, true)
  const found = campaign ? ctaRedirect(campaign, query.data.b) : null
  if (!campaign || !found) return refuse(404, 'This link is no longer available.')
  if (isCountableVisit(request.headers)) {
    await recordCampaignMetric(payload, { campaignId: campaign.id, locale, kind: 'cta', target: found.target.blockId })
  }
  return new Response(null, { status: 303, headers: { ...NO_STORE, Location: found.destination, 'Referrer-Policy': 'strict-origin-when-cross-origin' } })
}
