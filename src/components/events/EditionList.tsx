import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { formatDateRange } from '@/lib/events/time'
import { formatName } from '@/lib/events/view/labels'
import { eventPaths } from '@/lib/events/view/paths'
import type { EditionSummary } from '@/lib/events/view/types'

/** Editions as cards: title, theme, dates in the event's zone, format and venue. */
export function EditionList({ editions, locale }: { editions: EditionSummary[]; locale: Locale }) {
  return (
    <ul className="card-grid event-editions">
      {editions.map((edition) => (
        <li key={edition.id} className="card">
          <h3>
            <Link href={eventPaths.edition(locale, edition.slug)} prefetch={false}>
              {edition.title}
            </Link>
          </h3>
          {edition.theme && <p>{edition.theme}</p>}
          <p className="event-editions__when">
            <time dateTime={edition.startsAt}>{formatDateRange(edition.startsAt, edition.endsAt, edition.timeZone, locale)}</time>
          </p>
          <p className="event-editions__where">{[formatName(edition.format, locale), edition.venueName].filter(Boolean).join(' · ')}</p>
        </li>
      ))}
    </ul>
  )
}
