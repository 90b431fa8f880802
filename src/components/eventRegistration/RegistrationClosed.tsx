import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import type { RegistrationWindow } from '@/lib/events/registration/page/registrationPage'
import { formatDateTime } from '@/lib/events/time'
import { fill } from '@/lib/submissions/fill'

type Props = {
  locale: Locale
  window: Exclude<RegistrationWindow, 'open'> | 'no_mode'
  opensAt: string | null
  timeZone: string
  editionPath: string
  strings: EventRegistrationStrings['state']
}

/** In place of the form when registration is not open: why, and when it opens if that is known. */
export function RegistrationClosed({ locale, window, opensAt, timeZone, editionPath, strings }: Props) {
  const [title, text] =
    window === 'not_yet_open'
      ? [strings.notYetTitle, opensAt ? fill(strings.notYetText, { date: formatDateTime(opensAt, timeZone, locale), zone: timeZone }) : strings.notYetUndated]
      : window === 'cancelled'
        ? [strings.cancelledTitle, strings.cancelledText]
        : window === 'no_mode'
          ? [strings.closedTitle, strings.noModeText]
          : [strings.closedTitle, strings.closedText]
  return (
    <section className="event-registration__closed" aria-labelledby="registration-closed-title">
      <h2 id="registration-closed-title">{title}</h2>
      <p>{text}</p>
      <p>
        <Link href={editionPath} prefetch={false}>
          {strings.backToEvent}
        </Link>
      </p>
    </section>
  )
}
