import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { EventsStrings } from '@/i18n/strings/events/en'
import { sessionTypeName } from '@/lib/events/view/labels'
import { eventPaths, withZone } from '@/lib/events/view/paths'
import type { SessionView } from '@/lib/events/view/types'
import { SessionFacts } from './SessionFacts'
import { SessionTime } from './SessionTime'

type Props = { session: SessionView; editionSlug: string; eventZone: string; visitorZone: string | null; locale: Locale; strings: EventsStrings }

/** One session in the programme: when, what kind, where, in which languages, with whom; its page and its .ics. */
export function SessionCard({ session, editionSlug, eventZone, visitorZone, locale, strings }: Props) {
  const where = [session.track, session.room].filter(Boolean).join(' · ')
  const titleId = `session-${session.id}-title`
  return (
    <article className="event-session" aria-labelledby={titleId}>
      <SessionTime
        startsAt={session.startsAt}
        endsAt={session.endsAt}
        eventZone={eventZone}
        visitorZone={visitorZone}
        locale={locale}
        strings={strings.time}
      />
      <h3 className="event-session__title" id={titleId}>
        <Link href={withZone(eventPaths.session(locale, editionSlug, session.slug), visitorZone)} prefetch={false}>
          {session.title}
        </Link>
      </h3>
      <p className="event-session__meta">
        <span className={`event-type event-type--${session.type}`}>{sessionTypeName(session.type, locale)}</span>
        {where && <span className="event-session__where">{where}</span>}
      </p>
      <SessionFacts session={session} editionSlug={editionSlug} locale={locale} strings={strings.session} />
      <p className="event-session__calendar">
        <a href={eventPaths.sessionCalendar(locale, editionSlug, session.slug)}>
          {strings.session.addToCalendar}
          <span className="visually-hidden"> — {session.title}</span>
        </a>
      </p>
    </article>
  )
}
