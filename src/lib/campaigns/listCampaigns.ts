import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { defaultLocale, type Locale, localeCodes } from '@/i18n/locales'
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

export type CampaignSitemapEntry = {
  slug: string
  updatedAt: string
  /** The languages with a layout of their own (English always): the others show the English page and are not indexed. */
  locales: Locale[]
}

/** Published, indexable campaigns (end not passed) for the sitemap. */
export async function findCampaignsForSitemap(payload: Payload): Promise<CampaignSitemapEntry[]> {
  const { docs } = await payload.find({
    collection: 'campaigns',
    where: { 'meta.noIndex': { not_equals: true } },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: false,
    // Every language's layout at once, to tell which have their own.
    locale: 'all',
    select: { slug: true, updatedAt: true, layout: true },
  })
  return docs.map((doc) => {
    const layouts = doc.layout as unknown as Partial<Record<Locale, unknown[] | null>> | null | undefined
    const locales = localeCodes.filter((code) => code === defaultLocale || (layouts?.[code]?.length ?? 0) > 0)
    return { slug: doc.slug, updatedAt: doc.updatedAt, locales }
  })
}

/** The sitemap's campaign entries, cached until a campaign changes. */
export const listCampaignsForSitemap = unstable_cache(async () => findCampaignsForSitemap(await getPayloadClient()), ['campaigns-sitemap'], {
  tags: [cacheTags.campaigns, cacheTags.sitemap],
  revalidate: 3600,
})
