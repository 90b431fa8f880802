import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CountryPage } from '@/components/geography/CountryPage'
import { interpolate } from '@/i18n/interpolate'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getCountry } from '@/lib/geography/getGeography'
import { worldRegionName } from '@/lib/geography/regions'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600

export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const country = await getCountry(slug, locale)
  if (!country) return {}
  const description = interpolate(getStrings(locale).geography.country.lead, { region: worldRegionName(country.region, locale) })
  return {
    title: country.name,
    description,
    alternates: localeAlternates(locale, `/countries/${country.slug}`),
    openGraph: { type: 'website', siteName: getStrings(locale).site.name, locale, title: country.name, description, url: `/${locale}/countries/${country.slug}` },
  }
}

export default async function CountryRoute({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const country = await getCountry(slug, locale)
  if (!country) notFound()
  return <CountryPage country={country} locale={locale} />
}
