import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RegistrationBreadcrumbs } from '@/components/eventRegistration/RegistrationBreadcrumbs'
import { RegistrationResultView, resultHeading } from '@/components/eventRegistration/RegistrationResultView'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { parseRegistrationResult } from '@/lib/events/registration/form/result'
import { getEdition } from '@/lib/events/view/cached'

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// It reads its query string (the outcome), which the prerendered layout cannot know.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { title } = resultHeading(parseRegistrationResult(await searchParams), locale, getStrings(locale).eventRegistration.result)
  return { title, robots: { index: false, follow: true } }
}

/** /{locale}/events/{slug}/register/done?outcome=… — where the form leads once it went through. */
export default async function RegistrationDonePage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const edition = await getEdition(slug, locale)
  if (!edition) notFound()
  const texts = getStrings(locale).eventRegistration
  return (
    <div className="container submission event-registration">
      <RegistrationBreadcrumbs locale={locale} edition={edition} current={texts.breadcrumb.register} strings={texts.breadcrumb} />
      <RegistrationResultView locale={locale} editionSlug={edition.slug} result={parseRegistrationResult(await searchParams)} strings={texts.result} />
    </div>
  )
}
