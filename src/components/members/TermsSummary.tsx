import type { MembersStrings } from '@/i18n/strings/members/en'

/** The community guidelines and privacy notice in short, above the box that accepts them. */
export function TermsSummary({ strings }: { strings: MembersStrings }) {
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
    </section>
  )
}
