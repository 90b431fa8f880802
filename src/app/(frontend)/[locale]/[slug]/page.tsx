import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import { LivePreviewListener } from '@/components/LivePreviewListener.client'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getPage } from '@/lib/pages/getPage'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600

export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const { isEnabled: draft } = await draftMode()
  const page = await getPage(slug, locale, draft)
  if (!page) return {}
  const og = page.meta.image?.sizes?.og?.url ?? page.meta.image?.url
  return {
    title: page.meta.title,
    description: page.meta.description ?? undefined,
    alternates: localeAlternates(locale, `/${page.slug}`),
    robots: page.meta.noIndex || draft ? { index: false, follow: true } : undefined,
    openGraph: og ? { images: [{ url: og, width: 1200, height: 630, alt: page.meta.image?.alt ?? '' }] } : undefined,
  }
}

export default async function ContentPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const { isEnabled: draft } = await draftMode()
  const page = await getPage(slug, locale, draft)
  if (!page) notFound()
  const strings = getStrings(locale)
  return (
    <article className="container page">
      {draft && (
        <>
          <p className="draft-banner" role="status">
            {strings.page.draftBanner}
          </p>
          <LivePreviewListener />
        </>
      )}
      <h1>{page.title}</h1>
      {page.summary && <p className="page__summary">{page.summary}</p>}
      <RenderBlocks blocks={page.layout} locale={locale} />
    </article>
  )
}
