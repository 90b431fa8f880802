import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/seo/siteUrl'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/next/'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
