import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CityFundingSection } from '@/components/funding/CityFundingSection'
import { CityPage } from '@/components/geography/CityPage'
import { interpolate } from '@/i18n/interpolate'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getFundingForCity } from '@/lib/funding/view/fundingForCity'
import { getCity } from '@/lib/geography/getGeography'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600

export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const city = await getCity(slug, locale)
  if (!city) return {}
  const strings = getStrings(locale).geography
  const description = city.description ?? interpolate(strings.city.lead, { country: city.country?.name ?? '' })
  return {
    title: city.country ? `${city.name}, ${city.country.name}` : city.name,
    description,
    alternates: localeAlternates(locale, `/cities/${city.slug}`),
    openGraph: { type: 'website', siteName: getStrings(locale).site.name, locale, title: city.name, description, url: `/${locale}/cities/${city.slug}` },
  }
}

export default async function CityRoute({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const city = await getCity(slug, locale)
  if (!city) notFound()
  const funding = await getFundingForCity(city.slug, locale)
  const fundingStrings = getStrings(locale).funding.city
  return (
    <>
      <CityPage city={city} locale={locale} />
      {funding && (
        <div className="container">
          <CityFundingSection funding={funding} locale={locale} heading={fundingStrings.heading} intro={interpolate(fundingStrings.intro, { city: city.name })} />
        </div>
      )}
    </>
  )
}
