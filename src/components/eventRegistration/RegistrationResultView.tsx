import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import { ATTENDANCE_MODES } from '@/lib/events/options'
import type { RegistrationResult } from '@/lib/events/registration/form/result'
import { eventPaths } from '@/lib/events/view/paths'
import { fill } from '@/lib/submissions/fill'

/** What a registration came to: the title and first paragraph for each outcome (null: only "check your email"). */
export function resultHeading(result: RegistrationResult | null, locale: Locale, strings: EventRegistrationStrings['result']): { title: string; text: string | null } {
  if (!result) return { title: strings.againTitle, text: null }
  const mode = ATTENDANCE_MODES[result.mode][locale].toLowerCase()
  switch (result.outcome) {
    case 'confirmed':
      return { title: strings.confirmedTitle, text: fill(strings.confirmedText, { mode }) }
    case 'waitlisted':
      return { title: strings.waitlistedTitle, text: fill(strings.waitlistedText, { mode, position: result.position ?? '' }) }
    case 'again':
      return { title: strings.againTitle, text: strings.againText }
  }
}

type Props = { locale: Locale; editionSlug: string; result: RegistrationResult | null; strings: EventRegistrationStrings['result'] }

/** The page after the form: the outcome, then where the private link is (the e-mail) and what next. */
export function RegistrationResultView({ locale, editionSlug, result, strings }: Props) {
  const { title, text } = resultHeading(result, locale, strings)
  return (
    <>
      <h1>{title}</h1>
      {text ? <p className="submission__lead">{text}</p> : null}
      <p>{strings.checkEmail}</p>
      <p>{strings.spam}</p>
      <p>
        <Link href={eventPaths.programme(locale, editionSlug)} prefetch={false}>
          {strings.programme}
        </Link>
      </p>
    </>
  )
}
