import Link from 'next/link'

import { hasRichText, PracticeRichText } from '@/components/practice/PracticeRichText'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { eventPaths, withZone } from '@/lib/events/view/paths'
import type { EditionView, ModeAvailability, RegistrationState } from '@/lib/events/view/types'
import { EditionFacts } from './EditionFacts'
import { EventBreadcrumbs } from './EventBreadcrumbs'
import { RegistrationBox } from './RegistrationBox'
import { VenueSection } from './VenueSection'
import { ZoneForm } from './ZoneForm'

type Props = {
  edition: EditionView
  state: RegistrationState
  modes: ModeAvailability[]
  visitorZone: string | null
  locale: Locale
}

/** An edition's page: what, when, where, registration, and the way to its programme and speakers. */
export function EditionPage({ edition, state, modes, visitorZone, locale }: Props) {
  const strings = getStrings(locale).events
  const text = strings.edition
  return (
    <article className="container event-page">
      <EventBreadcrumbs locale={locale} trail={[{ label: edition.title }]} />
      <h1>{edition.title}</h1>
      {edition.theme && <p className="event-page__lead">{edition.theme}</p>}
      <div className="event-page__intro">
        <EditionFacts edition={edition} visitorZone={visitorZone} locale={locale} strings={strings} />
        <RegistrationBox edition={edition} state={state} modes={modes} locale={locale} strings={strings.registration} />
      </div>
      <ZoneForm
        path={eventPaths.edition(locale, edition.slug)}
        at={edition.startsAt}
        eventZone={edition.timeZone}
        value={visitorZone}
        locale={locale}
        strings={strings.time}
      />
      <section aria-labelledby="event-explore-heading" className="event-explore">
        <h2 id="event-explore-heading">{text.explore}</h2>
        <ul className="card-grid">
          <li className="card">
            <h3>
              <Link href={withZone(eventPaths.programme(locale, edition.slug), visitorZone)} prefetch={false}>
                {text.programmeLink}
              </Link>
            </h3>
            <p>{text.programmeText}</p>
          </li>
          <li className="card">
            <h3>
              <Link href={eventPaths.speakers(locale, edition.slug)} prefetch={false}>
                {text.speakersLink}
              </Link>
            </h3>
            <p>{text.speakersText}</p>
          </li>
        </ul>
        <p className="event-feed">
          <a href={eventPaths.programmeFeed(locale, edition.slug)}>{text.feedLink}</a>
          <span className="event-feed__text"> {text.feedText}</span>
        </p>
      </section>
      {hasRichText(edition.description) && (
        <section aria-labelledby="event-about-heading">
          <h2 id="event-about-heading">{text.about}</h2>
          <PracticeRichText data={edition.description} locale={locale} />
        </section>
      )}
      <VenueSection edition={edition} strings={text} />
    </article>
  )
}
