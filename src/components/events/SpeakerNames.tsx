import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { eventPaths } from '@/lib/events/view/paths'
import type { SpeakerRef } from '@/lib/events/view/types'

/** Speakers as a list of links to their pages, with their organisation. */
export function SpeakerNames({ speakers, editionSlug, locale }: { speakers: SpeakerRef[]; editionSlug: string; locale: Locale }) {
  return (
    <ul className="event-speaker-names">
      {speakers.map((speaker) => (
        <li key={speaker.id}>
          <Link href={eventPaths.speaker(locale, editionSlug, speaker.slug)} prefetch={false}>
            {speaker.name}
          </Link>
          {speaker.organisation && <span className="event-speaker-names__org">, {speaker.organisation}</span>}
        </li>
      ))}
    </ul>
  )
}
