import { unstable_cache } from 'next/cache'

import { isLocale, type Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getCampaign } from '@/lib/campaigns/getCampaign'
import { renderShareImage } from '@/lib/campaigns/shareImage'
import { getPayloadClient } from '@/lib/payload'
import type { Media } from '@/payload-types'

type Context = { params: Promise<{ locale: string; slug: string }> }

/** The PNG, kept in the data cache (as base64: entries are JSON) until the campaign changes. */
const cachedImage = (slug: string, locale: Locale, hero: Media | null) =>
  unstable_cache(
    async () => (await renderShareImage(await getPayloadClient(), hero)).toString('base64'),
    ['campaign-share-image', slug, locale, String(hero?.id ?? ''), hero?.updatedAt ?? ''],
    { tags: [cacheTags.campaigns, cacheTags.campaign(slug)] },
  )()

/** A published campaign's share image, made from its hero image: what social sites show when no SEO image is uploaded. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const campaign = await getCampaign(slug, locale)
  if (!campaign) return new Response('Not found', { status: 404 })
  const png = Buffer.from(await cachedImage(campaign.slug, locale, campaign.heroImage), 'base64')
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      'Content-Length': String(png.length),
      'Cache-Control': 'public, max-age=3600, s-maxage=3600, stale-while-revalidate=86400',
    },
  })
}
