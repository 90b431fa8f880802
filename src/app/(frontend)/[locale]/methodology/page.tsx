import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MethodologyPage } from '@/components/evaluation/MethodologyPage'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getMethodology } from '@/lib/evaluation/methodology'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const strings = getStrings(locale).evaluation.methodology
  return { title: strings.title, description: strings.lead, alternates: localeAlternates(locale, '/methodology') }
}

export default async function MethodologyRoute({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <MethodologyPage methodology={await getMethodology(locale)} locale={locale} />
}
