import type { MetadataRoute } from 'next'
import { unstable_cache } from 'next/cache'

import { type Locale, localeCodes } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { listCampaignsForSitemap } from '@/lib/campaigns/listCampaigns'
import { findCommunitySitemapPaths } from '@/lib/community/notifications/feed'
import { findEventSitemapPaths } from '@/lib/events/view/sitemapPaths'
import { findFundingSitemapPaths } from '@/lib/funding/view/sitemapPaths'
import { findRepositorySitemapPaths } from '@/lib/geography/sitemapPaths'
import { listNewsForSitemap } from '@/lib/news/sitemap'
import { listPublishedPages } from '@/lib/pages/getPage'
import { getPayloadClient } from '@/lib/payload'
import { siteUrl } from '@/lib/seo/siteUrl'

// Rendered on request from cached data (tag: sitemap), so a build needs no database.
export const dynamic = 'force-dynamic'

const listRepositoryPaths = unstable_cache(async () => findRepositorySitemapPaths(await getPayloadClient()), ['repository-sitemap'], {
  tags: [cacheTags.sitemap, cacheTags.practices, cacheTags.geography],
})

const listFundingPaths = unstable_cache(async () => findFundingSitemapPaths(await getPayloadClient()), ['funding-sitemap'], {
  tags: [cacheTags.sitemap, cacheTags.funding],
})

const listEventPaths = unstable_cache(async () => findEventSitemapPaths(await getPayloadClient()), ['event-sitemap'], {
  tags: [cacheTags.sitemap, cacheTags.events, cacheTags.eventSpeakers],
})

const listCommunityPaths = unstable_cache(async () => findCommunitySitemapPaths(await getPayloadClient()), ['community-sitemap'], {
  tags: [cacheTags.sitemap, cacheTags.community],
})

/** Every public page in every language, with its hreflang alternates. Published content only. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl()
  const entry = (path: string, lastModified?: string, languages: readonly Locale[] = localeCodes): MetadataRoute.Sitemap =>
    languages.map((locale) => ({
      url: `${origin}/${locale}${path}`,
      lastModified,
      alternates: { languages: Object.fromEntries(languages.map((code) => [code, `${origin}/${code}${path}`])) },
    }))
  const [pages, repository, funding, events, community, campaigns, news] = await Promise.all([
    listPublishedPages(),
    listRepositoryPaths(),
    listFundingPaths(),
    listEventPaths(),
    listCommunityPaths(),
    listCampaignsForSitemap(),
    listNewsForSitemap(),
  ])
  return [
    ...entry(''),
    ...entry('/methodology'),
    ...pages.flatMap((page) => entry(`/${page.slug}`, page.updatedAt)),
    ...repository.flatMap((item) => entry(item.path, item.lastModified)),
    ...funding.flatMap((item) => entry(item.path, item.lastModified)),
    ...events.flatMap((item) => entry(item.path, item.lastModified)),
    ...community.flatMap((item) => entry(item.path, item.lastModified)),
    ...entry('/campaigns'),
    // A campaign only in the languages with a layout of their own: the others show the English page.
    ...campaigns.flatMap((campaign) => entry(`/campaigns/${campaign.slug}`, campaign.updatedAt, campaign.locales)),
    ...entry('/news'),
    ...news.flatMap((item) => entry(`/news/${item.slug}`, item.updatedAt, item.locales)),
    ...entry('/newsletter'),
  ]
}
