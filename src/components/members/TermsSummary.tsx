import type { Locale } from '@/i18n/locales'
import type { MembersStrings } from '@/i18n/strings/members/en'
import { communityGuidelinesPath } from '@/lib/community/guidelines'

/** The community guidelines and privacy notice in short, above the box that accepts them, with a link to the whole guidelines. */
export function TermsSummary({ strings, locale }: { strings: MembersStrings; locale: Locale }) {
  return (
    <section className="members-terms" aria-label={`${strings.guidelines.title} · ${strings.privacyNotice.title}`}>
      {[strings.guidelines, strings.privacyNotice].map((part) => (
        <div key={part.title}>
          <h2>{part.title}</h2>
          <ul>
            {part.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
      ))}
      <p>
        <a href={communityGuidelinesPath(locale)}>{strings.guidelines.fullLink}</a>
      </p>
    </section>
  )
}
