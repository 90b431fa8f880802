import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EditionList } from '@/components/events/EditionList'
import { EventBreadcrumbs } from '@/components/events/EventBreadcrumbs'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getEditions } from '@/lib/events/view/cached'
import { splitEditions } from '@/lib/events/view/editions'
import { localeAlternates } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: string }> }

// Served from the page cache; publishing or changing an edition revalidates it (tag `events`), and
// an hour at most moves an edition that has just ended from upcoming to past.
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const strings = getStrings(locale).events
  return { title: strings.list.title, description: strings.meta.listDescription, alternates: localeAlternates(locale, '/events') }
}

export default async function EventsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const strings = getStrings(locale).events
  const { upcoming, past } = splitEditions(await getEditions(locale), new Date())
  return (
    <div className="container event-page">
      <EventBreadcrumbs locale={locale} trail={[{ label: strings.breadcrumb.events }]} />
      <h1>{strings.list.title}</h1>
      <p className="event-page__lead">{strings.list.lead}</p>
      {upcoming.length + past.length === 0 ? (
        <p className="event-empty">{strings.list.none}</p>
      ) : (
        <>
          <section aria-labelledby="events-upcoming-heading">
            <h2 id="events-upcoming-heading">{strings.list.upcoming}</h2>
            {upcoming.length > 0 ? <EditionList editions={upcoming} locale={locale} /> : <p>{strings.list.noUpcoming}</p>}
          </section>
          {past.length > 0 && (
            <section aria-labelledby="events-past-heading">
              <h2 id="events-past-heading">{strings.list.past}</h2>
              <EditionList editions={past} locale={locale} />
            </section>
          )}
        </>
      )}
    </div>
  )
}
