import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SessionPage } from '@/components/events/SessionPage'
import { isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { visitorZoneParam } from '@/lib/events/time'
import { getEdition, getEditionSessions, getShowcasedPractices } from '@/lib/events/view/cached'
import { eventPaths } from '@/lib/events/view/paths'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = {
  params: Promise<{ locale: string; slug: string; session: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// The visitor's time zone is a GET parameter; the session comes from the data cache.
export const dynamic = 'force-dynamic'

async function readSession(params: Props['params']) {
  const { locale, slug, session: sessionSlug } = await params
  if (!isLocale(locale)) notFound()
  const edition = await getEdition(slug, locale as Locale)
  if (!edition) notFound()
  const session = (await getEditionSessions(edition, locale)).find((candidate) => candidate.slug === sessionSlug)
  if (!session) notFound()
  return { locale, edition, session }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, edition, session } = await readSession(params)
  const description = session.description?.slice(0, 300) ?? edition.title
  return {
    title: `${session.title} — ${edition.title}`,
    description,
    alternates: localeAlternates(locale, `/events/${edition.slug}/sessions/${session.slug}`),
    openGraph: {
      type: 'website',
      siteName: getStrings(locale).site.name,
      locale,
      title: session.title,
      description,
      url: eventPaths.session(locale, edition.slug, session.slug),
    },
  }
}

export default async function SessionRoute({ params, searchParams }: Props) {
  const { locale, edition, session } = await readSession(params)
  const visitorZone = visitorZoneParam((await searchParams).tz, edition.timeZone)
  const practices = await getShowcasedPractices(session.practiceIds, locale)
  return <SessionPage edition={edition} session={session} practices={practices} visitorZone={visitorZone} locale={locale} />
}
