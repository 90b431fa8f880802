import type { PracticeStrings } from '@/i18n/strings/practice/en'
import type { ContactView } from '@/lib/practices/practiceView'

/** Contacts: rendered only when the view carries them, which it does for signed-in users only. */
export function PracticeContacts({ contacts, strings }: { contacts: ContactView[]; strings: PracticeStrings['contacts'] }) {
  return (
    <>
      <p className="practice-section__intro">{strings.note}</p>
      <ul className="contact-list">
        {contacts.map((contact, index) => (
          <li key={`${index}-${contact.name}`}>
            <strong>{contact.name}</strong>
            {[contact.role, contact.organisation].filter(Boolean).length > 0 && <span>, {[contact.role, contact.organisation].filter(Boolean).join(', ')}</span>}
            {contact.email && (
              <span className="contact-list__line">
                {strings.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </span>
            )}
            {contact.phone && (
              <span className="contact-list__line">
                {strings.phone}: <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}

/** On the cached public page: contacts are for signed-in members, on their own page. */
export function ContactsForMembers({ href, strings }: { href: string; strings: PracticeStrings['contacts'] }) {
  return (
    <p className="practice-section__intro">
      {strings.membersOnly} <a href={href}>{strings.seeContacts}</a>
    </p>
  )
}
