import Link from 'next/link'

import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { dayKey, formatDayKey } from '@/lib/events/time'
import { sessionTypeName } from '@/lib/events/view/labels'
import { eventPaths } from '@/lib/events/view/paths'
import type { EditionView, SessionView, SpeakerView } from '@/lib/events/view/types'
import { EventBreadcrumbs } from './EventBreadcrumbs'
import { SessionTime } from './SessionTime'
import { SpeakerPhoto } from './SpeakerPhoto'
import { speakerPlace } from './speakerPlace'

type Props = { edition: EditionView; speaker: SpeakerView; sessions: SessionView[]; locale: Locale }

/** A speaker's public profile and her sessions at this edition. */
export function SpeakerPage({ edition, speaker, sessions, locale }: Props) {
  const strings = getStrings(locale).events
  const text = strings.speakers
  const place = speakerPlace(speaker)
  return (
    <article className="container event-page">
      <EventBreadcrumbs
        locale={locale}
        edition={edition}
        trail={[{ label: strings.breadcrumb.speakers, href: eventPaths.speakers(locale, edition.slug) }, { label: speaker.name }]}
      />
      <div className="event-speaker">
        <SpeakerPhoto speaker={speaker} strings={text} />
        <div>
          <h1>{speaker.name}</h1>
          {speaker.role && <p className="event-page__lead">{speaker.role}</p>}
          <dl className="event-facts">
            {speaker.organisation && (
              <div>
                <dt>{text.organisation}</dt>
                <dd>{speaker.organisation}</dd>
              </div>
            )}
            {place && (
              <div>
                <dt>{text.from}</dt>
                <dd>{place}</dd>
              </div>
            )}
          </dl>
          {speaker.biography?.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </div>
      <section aria-labelledby="speaker-sessions-heading">
        <h2 id="speaker-sessions-heading">{interpolate(text.sessionsOf, { name: speaker.name, edition: edition.title })}</h2>
        <ul className="event-speaker__sessions">
          {sessions.map((session) => (
            <li key={session.id}>
              <h3 className="event-session__title">
                <Link href={eventPaths.session(locale, edition.slug, session.slug)} prefetch={false}>
                  {session.title}
                </Link>
              </h3>
              <p className="event-session__meta">
                <span className={`event-type event-type--${session.type}`}>{sessionTypeName(session.type, locale)}</span>
              </p>
              <SessionTime
                startsAt={session.startsAt}
                endsAt={session.endsAt}
                eventZone={edition.timeZone}
                visitorZone={null}
                locale={locale}
                strings={strings.time}
                day={formatDayKey(dayKey(session.startsAt, edition.timeZone), locale)}
              />
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href={eventPaths.speakers(locale, edition.slug)} prefetch={false}>
          {text.allSpeakers}
        </Link>
      </p>
    </article>
  )
}
