import { interpolate, plural } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { formatDayKey, zoneCity } from '@/lib/events/time'
import type { ProgrammeDay, ProgrammeOptions, ProgrammeParams } from '@/lib/events/view/programme'
import type { EditionView } from '@/lib/events/view/types'
import { EventBreadcrumbs } from './EventBreadcrumbs'
import { ProgrammeFilters } from './ProgrammeFilters'
import { SessionCard } from './SessionCard'

type Props = {
  edition: EditionView
  days: ProgrammeDay[]
  total: number
  options: ProgrammeOptions
  params: ProgrammeParams
  locale: Locale
}

/** The agenda of an edition, day by day in the event's zone, with its filters. */
export function ProgrammePage({ edition, days, total, options, params, locale }: Props) {
  const strings = getStrings(locale).events
  const text = strings.programme
  const shown = days.reduce((count, day) => count + day.sessions.length, 0)
  return (
    <div className="container event-page">
      <EventBreadcrumbs locale={locale} edition={edition} trail={[{ label: text.title }]} />
      <h1>{interpolate(text.titleOf, { edition: edition.title })}</h1>
      <p className="event-page__lead">{interpolate(text.lead, { zone: zoneCity(edition.timeZone) })}</p>
      {total === 0 ? (
        <p className="event-empty">{text.empty}</p>
      ) : (
        <div className="event-programme">
          <ProgrammeFilters
            editionSlug={edition.slug}
            eventZone={edition.timeZone}
            startsAt={edition.startsAt}
            options={options}
            params={params}
            locale={locale}
            strings={strings}
          />
          <section className="event-programme__sessions" aria-labelledby="programme-count">
            <p id="programme-count" className="event-programme__count">
              {plural(text.count, shown, locale)}
            </p>
            {shown === 0 && <p className="event-empty">{text.none}</p>}
            {days.map((day) => (
              <section key={day.day} className="event-day" aria-labelledby={`day-${day.day}`}>
                <h2 id={`day-${day.day}`} className="event-day__heading">
                  {formatDayKey(day.day, locale)}
                </h2>
                <ol className="event-day__sessions">
                  {day.sessions.map((session) => (
                    <li key={session.id}>
                      <SessionCard
                        session={session}
                        editionSlug={edition.slug}
                        eventZone={edition.timeZone}
                        visitorZone={params.tz}
                        locale={locale}
                        strings={strings}
                      />
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </section>
        </div>
      )}
    </div>
  )
}
