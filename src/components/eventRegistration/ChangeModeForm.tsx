import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import { ATTENDANCE_MODES } from '@/lib/events/options'
import type { ManagedRegistration } from '@/lib/events/registration/page/managedRegistration'
import { fill } from '@/lib/submissions/fill'
import { type FormAction, ManageFormFields } from './ManageFormFields'

type Props = { locale: Locale; token: string; registration: ManagedRegistration; action: FormAction; strings: EventRegistrationStrings['manage']['changeMode'] }

/** Switching to the edition's other mode: one button, and what happens when that mode is full. */
export function ChangeModeForm({ locale, token, registration, action, strings }: Props) {
  const target = registration.otherMode
  if (!target) return null
  const mode = ATTENDANCE_MODES[target][locale].toLowerCase()
  return (
    <section className="event-registration__action" aria-labelledby="change-mode-title">
      <h2 id="change-mode-title">{strings.title}</h2>
      <p>{fill(registration.status === 'waitlisted' ? strings.waitlistText : strings.text, { mode })}</p>
      <form action={action}>
        <ManageFormFields locale={locale} editionSlug={registration.edition.slug} token={token} />
        <input type="hidden" name="mode" value={target} />
        <button className="button button--secondary" type="submit">
          {fill(strings.button, { mode })}
        </button>
      </form>
    </section>
  )
}
