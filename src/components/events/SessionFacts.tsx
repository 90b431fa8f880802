import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import type { EventsStrings } from '@/i18n/strings/events/en'
import { languageName } from '@/lib/events/view/labels'
import type { SessionView } from '@/lib/events/view/types'
import { SpeakerNames } from './SpeakerNames'

type Props = { session: SessionView; editionSlug: string; locale: Locale; strings: EventsStrings['session'] }

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

const names = (codes: string[], locale: Locale) => codes.map((code) => languageName(code, locale)).join(', ')

/** What a session is held in, who speaks and moderates, and its themes. */
export function SessionFacts({ session, editionSlug, locale, strings }: Props) {
  return (
    <dl className="event-facts">
      {session.languages.length > 0 && <Fact label={strings.languages}>{names(session.languages, locale)}</Fact>}
      {session.interpretation.length > 0 && <Fact label={strings.interpretation}>{names(session.interpretation, locale)}</Fact>}
      {session.speakers.length > 0 && (
        <Fact label={strings.speakers}>
          <SpeakerNames speakers={session.speakers} editionSlug={editionSlug} locale={locale} />
        </Fact>
      )}
      {session.moderators.length > 0 && (
        <Fact label={strings.moderators}>
          <SpeakerNames speakers={session.moderators} editionSlug={editionSlug} locale={locale} />
        </Fact>
      )}
      {session.themes.length > 0 && <Fact label={strings.themes}>{session.themes.map((theme) => theme.name).join(', ')}</Fact>}
    </dl>
  )
}
