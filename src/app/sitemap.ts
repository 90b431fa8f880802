import type { MetadataRoute } from 'next'

import { localeCodes } from '@/i18n/locales'
import { listPublishedPages } from '@/lib/pages/getPage'
import { siteUrl } from '@/lib/seo/siteUrl'

// Rendered on request from cached data (tag: sitemap), so a build needs no database.
export const dynamic = 'force-dynamic'

/** Every public page in every language, with its hreflang alternates. Published pages only. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl()
  const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap =>
    localeCodes.map((locale) => ({
      url: `${origin}/${locale}${path}`,
      lastModified,
      alternates: { languages: Object.fromEntries(localeCodes.map((code) => [code, `${origin}/${code}${path}`])) },
    }))
  const pages = await listPublishedPages()
  return [...entry(''), ...pages.flatMap((page) => entry(`/${page.slug}`, page.updatedAt))]
}
