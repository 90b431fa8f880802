import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { formatDateRange } from '@/lib/events/time'
import { formatName } from '@/lib/events/view/labels'
import { eventPaths } from '@/lib/events/view/paths'
import type { EditionSummary } from '@/lib/events/view/types'
import type { EventTeaserBlock as EventTeaserBlockData } from '@/payload-types'

type Props = EventTeaserBlockData & { upcoming: EditionSummary | null; locale: Locale; authoredLang?: string }

/** The event edition (chosen, or the next one), with its dates in the event's own zone and a link to its page. */
export function EventTeaserBlock({ id, heading, text, upcoming, locale, authoredLang }: Props) {
  if (!upcoming) return null
  const strings = getStrings(locale).campaigns.blocks
  const headingId = `event-${id ?? 'block'}`
  return (
    <section className="campaign-event" aria-labelledby={headingId}>
      <h2 id={headingId} lang={heading ? authoredLang : undefined}>
        {heading || strings.eventHeading}
      </h2>
      <div className="card campaign-event__card">
        <h3>{upcoming.title}</h3>
        {upcoming.theme && <p>{upcoming.theme}</p>}
        <p className="campaign-event__when">
          <time dateTime={upcoming.startsAt}>{formatDateRange(upcoming.startsAt, upcoming.endsAt, upcoming.timeZone, locale)}</time>
          {' · '}
          {[formatName(upcoming.format, locale), upcoming.venueName].filter(Boolean).join(' · ')}
        </p>
        {text && <p lang={authoredLang}>{text}</p>}
        <p>
          <a className="button" href={eventPaths.edition(locale, upcoming.slug)}>
            {interpolate(strings.eventLink, { title: upcoming.title })}
          </a>
        </p>
      </div>
    </section>
  )
}
