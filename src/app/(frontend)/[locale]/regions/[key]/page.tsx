import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RegionPage } from '@/components/geography/RegionPage'
import { interpolate } from '@/i18n/interpolate'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { isWorldRegion } from '@/lib/geography/findRegion'
import { getRegion } from '@/lib/geography/getGeography'
import { worldRegionName } from '@/lib/geography/regions'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; key: string }> }

export const revalidate = 3600

export function generateStaticParams(): Array<{ key: string }> {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key } = await params
  if (!isLocale(locale) || !isWorldRegion(key)) return {}
  const name = worldRegionName(key, locale)
  const description = interpolate(getStrings(locale).geography.region.lead, { region: name })
  return {
    title: name,
    description,
    alternates: localeAlternates(locale, `/regions/${key}`),
    openGraph: { type: 'website', siteName: getStrings(locale).site.name, locale, title: name, description, url: `/${locale}/regions/${key}` },
  }
}

export default async function RegionRoute({ params }: Props) {
  const { locale, key } = await params
  if (!isLocale(locale) || !isWorldRegion(key)) notFound()
  const region = await getRegion(key, locale)
  if (!region) notFound()
  return <RegionPage region={region} locale={locale} />
}
