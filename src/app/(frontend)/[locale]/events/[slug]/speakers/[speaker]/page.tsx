import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SpeakerPage } from '@/components/events/SpeakerPage'
import { isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getEdition, getEditionSessions, getEditionSpeakers } from '@/lib/events/view/cached'
import { eventPaths } from '@/lib/events/view/paths'
import { sessionsOfSpeaker, speakerIdsOf } from '@/lib/events/view/speakers'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string; slug: string; speaker: string }> }

export const revalidate = 3600

// Rendered on first request, then cached until the edition, a session or a speaker changes.
export function generateStaticParams(): Array<{ slug: string; speaker: string }> {
  return []
}

/**
 * A speaker of this edition who consented to be published: anyone else (no consent, unknown, or a
 * speaker of another edition only) is not found.
 */
async function readSpeaker(params: Props['params']) {
  const { locale, slug, speaker: speakerSlug } = await params
  if (!isLocale(locale)) notFound()
  const edition = await getEdition(slug, locale as Locale)
  if (!edition) notFound()
  const sessions = await getEditionSessions(edition, locale)
  const speakers = await getEditionSpeakers(edition, speakerIdsOf(sessions), locale)
  const speaker = speakers.find((candidate) => candidate.slug === speakerSlug)
  if (!speaker) notFound()
  return { locale, edition, speaker, sessions: sessionsOfSpeaker(sessions, speaker.id) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, edition, speaker } = await readSpeaker(params)
  const description = [speaker.role, speaker.organisation].filter(Boolean).join(', ') || edition.title
  return {
    title: `${speaker.name} — ${edition.title}`,
    description,
    alternates: localeAlternates(locale, `/events/${edition.slug}/speakers/${speaker.slug}`),
    openGraph: {
      type: 'profile',
      siteName: getStrings(locale).site.name,
      locale,
      title: speaker.name,
      description,
      url: eventPaths.speaker(locale, edition.slug, speaker.slug),
    },
  }
}

export default async function SpeakerRoute({ params }: Props) {
  const { locale, edition, speaker, sessions } = await readSpeaker(params)
  return <SpeakerPage edition={edition} speaker={speaker} sessions={sessions} locale={locale} />
}
