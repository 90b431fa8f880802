import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { FundingActionPage } from '@/components/funding/FundingActionPage'
import { LivePreviewListener } from '@/components/LivePreviewListener.client'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getFundingAction } from '@/lib/funding/view/getFundingAction'
import { getFundingPlaces } from '@/lib/funding/view/places'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600

// Rendered on first request, then cached until the action (or any action) changes.
export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const { isEnabled: draft } = await draftMode()
  const action = await getFundingAction(slug, locale, draft)
  if (!action) return {}
  const title = action.meta.title ?? action.title
  const description = action.meta.description ?? action.summary
  return {
    title,
    description,
    alternates: localeAlternates(locale, `/funding/${action.slug}`),
    robots: action.meta.noIndex || action.draft ? { index: false, follow: true } : undefined,
    openGraph: { type: 'website', siteName: getStrings(locale).site.name, locale, title, description, url: `/${locale}/funding/${action.slug}` },
  }
}

export default async function FundingActionRoute({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const { isEnabled: draft } = await draftMode()
  const action = await getFundingAction(slug, locale, draft)
  if (!action) notFound()
  const { cities } = await getFundingPlaces(locale)
  return (
    <>
      {action.draft && <LivePreviewListener />}
      <FundingActionPage action={action} cities={cities} locale={locale} />
    </>
  )
}
