import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SpeakersPage } from '@/components/events/SpeakersPage'
import { interpolate } from '@/i18n/interpolate'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getEdition, getEditionSessions, getEditionSpeakers } from '@/lib/events/view/cached'
import { speakerIdsOf } from '@/lib/events/view/speakers'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 3600

// Rendered on first request, then cached until the edition, a session or a speaker changes.
export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const edition = await getEdition(slug, locale)
  if (!edition) return {}
  const strings = getStrings(locale).events
  return {
    title: interpolate(strings.speakers.titleOf, { edition: edition.title }),
    description: interpolate(strings.meta.speakersDescription, { edition: edition.title }),
    alternates: localeAlternates(locale, `/events/${edition.slug}/speakers`),
  }
}

export default async function SpeakersRoute({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const edition = await getEdition(slug, locale)
  if (!edition) notFound()
  const sessions = await getEditionSessions(edition, locale)
  const speakers = await getEditionSpeakers(edition, speakerIdsOf(sessions), locale)
  return <SpeakersPage edition={edition} speakers={speakers} locale={locale} />
}
