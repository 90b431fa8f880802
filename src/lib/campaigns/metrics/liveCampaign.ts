import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Campaign } from '@/payload-types'

export type LiveCampaign = Pick<Campaign, 'id' | 'slug' | 'layout' | 'utm'>

/**
 * A campaign as an anonymous visitor may see it (Payload's read access: published, end not passed),
 * in a language with the English fallback, or null. Counters and redirects only ever use this one,
 * so a draft, an ended campaign or an unknown id counts nothing and sends nobody anywhere.
 */
export async function findLiveCampaign(payload: Payload, campaignId: number, locale: Locale, withLayout = false): Promise<LiveCampaign | null> {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { id: { equals: campaignId } },
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    select: withLayout ? { slug: true, layout: true, utm: true } : { slug: true },
  })
  return (docs[0] as LiveCampaign | undefined) ?? null
}
