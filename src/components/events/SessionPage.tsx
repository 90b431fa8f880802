import Link from 'next/link'

import { PracticeCardList } from '@/components/practice/PracticeCardList'
import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { dayKey, formatDayKey } from '@/lib/events/time'
import { sessionTypeName } from '@/lib/events/view/labels'
import { eventPaths, withZone } from '@/lib/events/view/paths'
import type { EditionView, SessionView } from '@/lib/events/view/types'
import type { PracticeCard } from '@/lib/practices/search/types'
import { EventBreadcrumbs } from './EventBreadcrumbs'
import { SessionFacts } from './SessionFacts'
import { SessionTime } from './SessionTime'
import { ZoneForm } from './ZoneForm'

type Props = { edition: EditionView; session: SessionView; practices: PracticeCard[]; visitorZone: string | null; locale: Locale }

/** A session: when (both zones), what, who, the practices it showcases, and its calendar file. */
export function SessionPage({ edition, session, practices, visitorZone, locale }: Props) {
  const strings = getStrings(locale).events
  const text = strings.session
  const programme = withZone(eventPaths.programme(locale, edition.slug), visitorZone)
  const colon = strings.time.colon
  const where = [session.track && `${text.track}${colon}${session.track}`, session.room && `${text.room}${colon}${session.room}`].filter(Boolean)
  return (
    <article className="container event-page">
      <EventBreadcrumbs
        locale={locale}
        edition={edition}
        trail={[{ label: strings.breadcrumb.programme, href: programme }, { label: session.title }]}
      />
      <p className="event-page__kicker">
        <span className={`event-type event-type--${session.type}`}>{sessionTypeName(session.type, locale)}</span>
      </p>
      <h1>{session.title}</h1>
      <SessionTime
        startsAt={session.startsAt}
        endsAt={session.endsAt}
        eventZone={edition.timeZone}
        visitorZone={visitorZone}
        locale={locale}
        strings={strings.time}
        day={formatDayKey(dayKey(session.startsAt, edition.timeZone), locale)}
      />
      {where.length > 0 && <p className="event-session__where">{where.join(' · ')}</p>}
      {session.capacity && <p className="event-session__where">{interpolate(text.seats, { count: session.capacity }, locale)}</p>}
      <p className="event-session__calendar">
        <a href={eventPaths.sessionCalendar(locale, edition.slug, session.slug)}>{text.addToCalendar}</a>
      </p>
      {session.description &&
        session.description
          .split(/\n{2,}/)
          .map((paragraph) => (
            <p key={paragraph} className="event-session__description">
              {paragraph}
            </p>
          ))}
      <section aria-labelledby="session-details-heading">
        <h2 id="session-details-heading">{text.details}</h2>
        <SessionFacts session={session} editionSlug={edition.slug} locale={locale} strings={text} />
      </section>
      {practices.length > 0 && (
        <section aria-labelledby="session-practices-heading" className="event-showcased">
          <h2 id="session-practices-heading">{text.showcased}</h2>
          <p>{text.showcasedLead}</p>
          <PracticeCardList practices={practices} locale={locale} />
        </section>
      )}
      <ZoneForm
        path={eventPaths.session(locale, edition.slug, session.slug)}
        at={session.startsAt}
        eventZone={edition.timeZone}
        value={visitorZone}
        locale={locale}
        strings={strings.time}
      />
      <p>
        <Link href={programme} prefetch={false}>
          {text.backToProgramme}
        </Link>
      </p>
    </article>
  )
}
