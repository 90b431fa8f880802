import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import { ATTENDANCE_MODES } from '@/lib/events/options'
import type { ManagedRegistration } from '@/lib/events/registration/page/managedRegistration'
import type { ManageNoticeState } from '@/lib/events/registration/page/manageLinks'
import { fill } from '@/lib/submissions/fill'

type Props = { locale: Locale; state: ManageNoticeState | null; registration: ManagedRegistration; strings: EventRegistrationStrings['manage']['notices'] }

/** What the last action did, announced politely at the top of the page. */
export function ManageNoticeBanner({ locale, state, registration, strings }: Props) {
  if (!state) return null
  const mode = state.mode ? ATTENDANCE_MODES[state.mode][locale].toLowerCase() : ''
  const fullTitles = registration.sessions.filter((session) => state.fullSessions.includes(session.id)).map((session) => `“${session.title}”`)
  const text =
    state.notice === 'sessionsFull'
      ? fullTitles.length
        ? fill(strings.sessionsFull, { sessions: fullTitles.join(', ') })
        : strings.sessionsSaved
      : fill(strings[state.notice], { mode })
  return (
    <p className="submission__notice" role="status">
      {text}
    </p>
  )
}
