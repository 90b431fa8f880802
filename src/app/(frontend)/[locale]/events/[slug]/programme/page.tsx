import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { ProgrammePage } from '@/components/events/ProgrammePage'
import { interpolate } from '@/i18n/interpolate'
import { isLocale, type Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getEdition, getEditionSessions } from '@/lib/events/view/cached'
import { eventPaths } from '@/lib/events/view/paths'
import {
  filterSessions,
  groupByDay,
  isFiltered,
  parseProgrammeParams,
  programmeOptions,
  programmeQuery,
  receivedProgrammeQuery,
} from '@/lib/events/view/programme'
import { localeAlternates } from '@/lib/seo/alternates'

type RawParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<RawParams> }

// Filters and the visitor's zone are GET parameters; the sessions come from the data cache.
export const dynamic = 'force-dynamic'

async function readProgramme({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const edition = await getEdition(slug, locale as Locale)
  if (!edition) notFound()
  const sessions = await getEditionSessions(edition, locale)
  const options = programmeOptions(sessions, edition.timeZone)
  const raw = await searchParams
  const filters = parseProgrammeParams(raw, options, edition.timeZone)
  return { locale, edition, sessions, options, filters, raw }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, edition, filters } = await readProgramme(props)
  const strings = getStrings(locale).events
  return {
    title: interpolate(strings.programme.titleOf, { edition: edition.title }),
    description: interpolate(strings.meta.programmeDescription, { edition: edition.title }),
    alternates: localeAlternates(locale, `/events/${edition.slug}/programme`),
    robots: isFiltered(filters) || filters.tz ? { index: false, follow: true } : undefined,
  }
}

export default async function ProgrammeRoute(props: Props) {
  const { locale, edition, sessions, options, filters, raw } = await readProgramme(props)
  const query = programmeQuery(filters)
  // A form sends empty fields and may carry stale values: answer with the programme's one address.
  if (receivedProgrammeQuery(raw) !== query) redirect(`${eventPaths.programme(locale, edition.slug)}${query}`)
  const days = groupByDay(filterSessions(sessions, filters, edition.timeZone), edition.timeZone)
  return <ProgrammePage edition={edition} days={days} total={sessions.length} options={options} params={filters} locale={locale} />
}
