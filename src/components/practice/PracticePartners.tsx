import type { PracticeStrings } from '@/i18n/strings/practice/en'
import type { PracticeView } from '@/lib/practices/practiceView'

/** Partner organisations and their role. */
export function PracticePartners({ partners }: { partners: PracticeView['partners'] }) {
  return (
    <ul className="partner-list">
      {partners.map((partner) => (
        <li key={partner.name}>
          {partner.url ? <a href={partner.url}>{partner.name}</a> : <strong>{partner.name}</strong>}
          {partner.role && <span className="partner-list__role"> — {partner.role}</span>}
        </li>
      ))}
    </ul>
  )
}

/** The notice a practice shows when its team looks for cities and organisations to replicate it. */
export function LookingForPartners({ strings }: { strings: PracticeStrings['partners'] }) {
  return (
    <section className="notice notice--partners" aria-labelledby="looking-for-partners-heading">
      <h2 id="looking-for-partners-heading" className="notice__title">
        {strings.lookingTitle}
      </h2>
      <p>{strings.lookingText}</p>
    </section>
  )
}
