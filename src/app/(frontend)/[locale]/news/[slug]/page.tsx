import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { LivePreviewListener } from '@/components/LivePreviewListener.client'
import { NewsArticle } from '@/components/news/NewsArticle'
import { isLocale } from '@/i18n/locales'
import { getNewsItem } from '@/lib/news/getNews'
import { newsItemMetadata } from '@/lib/news/newsMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600

// Rendered on first request, then cached until the item (or any news) changes.
export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const { isEnabled: draft } = await draftMode()
  const item = await getNewsItem(slug, locale, draft)
  return item ? newsItemMetadata(item, locale) : {}
}

/** /{locale}/news/{slug} — one published news item (the latest draft for staff in preview). */
export default async function NewsItemPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const { isEnabled: draft } = await draftMode()
  const item = await getNewsItem(slug, locale, draft)
  if (!item) notFound()
  return (
    <>
      {item.draft && <LivePreviewListener />}
      <NewsArticle item={item} locale={locale} />
    </>
  )
}
