import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { localeAlternates } from '@/lib/seo/alternates'
import { newsFeedPath } from './links'
import type { NewsItemView } from './newsView'

/** Title, description, canonical and hreflang alternates, Open Graph (with the hero) of a news item. */
export function newsItemMetadata(item: NewsItemView, locale: Locale): Metadata {
  const path = `/news/${item.slug}`
  const image = item.meta.image
  const og = image ? { url: image.og?.url ?? image.url, width: image.og?.width ?? image.width ?? undefined, height: image.og?.height ?? image.height ?? undefined, alt: image.alt } : null
  // A language without its own text shows the English one: only the translated pages are indexed.
  const noIndex = item.meta.noIndex || item.draft || item.fallback
  return {
    title: item.meta.title,
    description: item.meta.description ?? undefined,
    alternates: { ...localeAlternates(locale, path), types: { 'application/atom+xml': [{ url: newsFeedPath(locale), title: getStrings(locale).news.feed.link }] } },
    robots: noIndex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: 'article',
      siteName: getStrings(locale).site.name,
      locale,
      url: `/${locale}${path}`,
      title: item.meta.title,
      description: item.meta.description ?? undefined,
      images: og ? [og] : undefined,
      publishedTime: item.publishedAt ?? undefined,
      modifiedTime: item.updatedAt,
      authors: item.authors.map((author) => author.name),
      tags: item.categories.map((category) => category.title),
    },
    twitter: { card: og ? 'summary_large_image' : 'summary', title: item.meta.title, description: item.meta.description ?? undefined, images: og ? [{ url: og.url, alt: og.alt }] : undefined },
  }
}
