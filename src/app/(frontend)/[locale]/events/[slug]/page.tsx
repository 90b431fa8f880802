import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EditionPage } from '@/components/events/EditionPage'
import { JsonLd } from '@/components/practice/JsonLd'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { visitorZoneParam } from '@/lib/events/time'
import { getEdition, getSeatsTaken } from '@/lib/events/view/cached'
import { editionJsonLd } from '@/lib/events/view/editionJsonLd'
import { eventPaths } from '@/lib/events/view/paths'
import { modeAvailability, registrationState } from '@/lib/events/view/registrationState'
import { localeAlternates } from '@/lib/seo/alternates'
import { siteUrl } from '@/lib/seo/siteUrl'

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The visitor's time zone is a GET parameter, and registration's state changes with the clock; the
// edition itself comes from the data cache (revalidated when it changes).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const edition = await getEdition(slug, locale)
  if (!edition) return {}
  const description = edition.theme ?? getStrings(locale).events.meta.listDescription
  return {
    title: edition.title,
    description,
    alternates: localeAlternates(locale, `/events/${edition.slug}`),
    openGraph: {
      type: 'website',
      siteName: getStrings(locale).site.name,
      locale,
      title: edition.title,
      description,
      url: eventPaths.edition(locale, edition.slug),
    },
  }
}

export default async function EditionRoute({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const edition = await getEdition(slug, locale)
  if (!edition) notFound()
  const visitorZone = visitorZoneParam((await searchParams).tz, edition.timeZone)
  const modes = modeAvailability(edition, await getSeatsTaken(edition))
  const state = registrationState(edition, modes, new Date())
  const strings = getStrings(locale)
  return (
    <>
      <JsonLd data={editionJsonLd(edition, { origin: siteUrl(), locale, siteName: strings.site.name, description: edition.theme, state })} />
      <EditionPage edition={edition} state={state} modes={modes} visitorZone={visitorZone} locale={locale} />
    </>
  )
}
