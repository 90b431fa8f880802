import Link from 'next/link'

import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { eventPaths } from '@/lib/events/view/paths'
import type { EditionView, SpeakerView } from '@/lib/events/view/types'
import { EventBreadcrumbs } from './EventBreadcrumbs'
import { SpeakerPhoto } from './SpeakerPhoto'
import { speakerPlace } from './speakerPlace'

/** An edition's speakers (consenting ones only), each with a link to her page. */
export function SpeakersPage({ edition, speakers, locale }: { edition: EditionView; speakers: SpeakerView[]; locale: Locale }) {
  const strings = getStrings(locale).events
  const text = strings.speakers
  return (
    <div className="container event-page">
      <EventBreadcrumbs locale={locale} edition={edition} trail={[{ label: strings.breadcrumb.speakers }]} />
      <h1>{interpolate(text.titleOf, { edition: edition.title })}</h1>
      <p className="event-page__lead">{text.lead}</p>
      {speakers.length === 0 ? (
        <p className="event-empty">{text.none}</p>
      ) : (
        <ul className="event-speakers">
          {speakers.map((speaker) => (
            <li key={speaker.id} className="event-speaker-card">
              <SpeakerPhoto speaker={speaker} strings={text} decorative />
              <h2 className="event-speaker-card__name">
                <Link href={eventPaths.speaker(locale, edition.slug, speaker.slug)} prefetch={false}>
                  {speaker.name}
                </Link>
              </h2>
              {speaker.role && <p className="event-speaker-card__role">{speaker.role}</p>}
              {speaker.organisation && <p className="event-speaker-card__org">{speaker.organisation}</p>}
              {speakerPlace(speaker) && <p className="event-speaker-card__place">{speakerPlace(speaker)}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
