import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { localeAlternates } from '@/lib/seo/alternates'
import type { PracticeView } from './practiceView'

/** The generated share image, used when a practice has no image of its own. */
export const shareImagePath = (locale: Locale, slug: string) => `/${locale}/practices/${slug}/share-image`

/** Title, description, canonical and hreflang alternates, Open Graph and Twitter card of a practice. */
export function practiceMetadata(practice: PracticeView, locale: Locale): Metadata {
  const path = `/practices/${practice.slug}`
  const image = practice.meta.image
  const og = image?.og
    ? { url: image.og.url, width: image.og.width, height: image.og.height, alt: image.alt }
    : { url: shareImagePath(locale, practice.slug), width: 1200, height: 630, alt: practice.title }
  const noIndex = practice.meta.noIndex || practice.draft
  return {
    title: practice.meta.title,
    description: practice.meta.description,
    alternates: localeAlternates(locale, path),
    robots: noIndex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: 'article',
      siteName: getStrings(locale).site.name,
      locale,
      url: `/${locale}${path}`,
      title: practice.meta.title,
      description: practice.meta.description,
      images: [og],
      publishedTime: practice.publishedAt ?? undefined,
      modifiedTime: practice.updatedAt,
      tags: practice.themes.map((theme) => theme.name),
    },
    twitter: { card: 'summary_large_image', title: practice.meta.title, description: practice.meta.description, images: [{ url: og.url, alt: og.alt }] },
  }
}
