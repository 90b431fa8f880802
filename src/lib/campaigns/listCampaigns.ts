import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Media } from '@/payload-types'
import type { CampaignSummary } from './types'

const isMedia = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'url' in value

/**
 * The campaigns running now, as the public reads them (published, end not passed), most recently
 * started first.
 */
export async function findCurrentCampaigns(payload: Payload, locale: Locale, now: Date = new Date()): Promise<CampaignSummary[]> {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: {
      and: [
        { or: [{ startsAt: { exists: false } }, { startsAt: { less_than_equal: now.toISOString() } }] },
        { or: [{ endsAt: { exists: false } }, { endsAt: { greater_than: now.toISOString() } }] },
      ],
    },
    locale,
    depth: 1,
    limit: 100,
    sort: '-startsAt',
    overrideAccess: false,
    select: { title: true, slug: true, summary: true, endsAt: true, meta: { image: true }, layout: true },
    populate: { media: { url: true, alt: true, width: true, height: true, sizes: true } },
  })
  return docs.map((doc) => {
    const hero = (doc.layout ?? []).find((block) => block.blockType === 'hero')
    const image = isMedia(doc.meta?.image) ? doc.meta.image : hero && isMedia(hero.image) ? hero.image : null
    return { id: doc.id, slug: doc.slug, title: doc.title, summary: doc.summary ?? null, endsAt: doc.endsAt ?? null, image }
  })
}

/** Current campaigns in one language, cached until a campaign changes, and at most ten minutes (ends pass with time). */
export const getCurrentCampaigns = (locale: Locale): Promise<CampaignSummary[]> =>
  unstable_cache(async () => findCurrentCampaigns(await getPayloadClient(), locale), ['current-campaigns', locale], {
    tags: [cacheTags.campaigns],
    revalidate: 600,
  })()

/** Published, indexable campaigns (end not passed) for the sitemap. */
export async function findCampaignsForSitemap(payload: Payload): Promise<Array<{ slug: string; updatedAt: string }>> {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { 'meta.noIndex': { not_equals: true } },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: false,
    select: { slug: true, updatedAt: true },
  })
  return docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt }))
}

/** The sitemap's campaign entries, cached until a campaign changes. */
export const listCampaignsForSitemap = unstable_cache(async () => findCampaignsForSitemap(await getPayloadClient()), ['campaigns-sitemap'], {
  tags: [cacheTags.campaigns, cacheTags.sitemap],
  revalidate: 3600,
})
