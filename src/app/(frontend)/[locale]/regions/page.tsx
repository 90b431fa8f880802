import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RegionsPage } from '@/components/geography/RegionsPage'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getRegions } from '@/lib/geography/getGeography'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const strings = getStrings(locale)
  return {
    title: strings.geography.regions.title,
    description: strings.geography.regions.lead,
    alternates: localeAlternates(locale, '/regions'),
  }
}

export default async function RegionsRoute({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <RegionsPage regions={await getRegions(locale)} locale={locale} />
}
