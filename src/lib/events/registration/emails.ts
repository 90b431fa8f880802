import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'
import { composeEmail } from '@/lib/submissions/emailLayout'
import { fill } from '@/lib/submissions/fill'
import { ATTENDANCE_MODES, type AttendanceMode } from '../options'
import { REGISTRATION_EMAIL_TEXT } from './emailText'

export type RegistrationEmailInput = {
  locale: Locale
  name: string
  status: 'confirmed' | 'waitlisted'
  mode: AttendanceMode
  position: number | null
  edition: { title: string; slug: string; startsAt: string; timeZone: string }
  /** The management link's secret (only ever in this e-mail). */
  token: string
}

/** The private page where a registrant views, changes or cancels her registration. */
export function managementUrl(locale: Locale, editionSlug: string, token: string): string {
  return `${siteUrl()}/${locale}/events/${encodeURIComponent(editionSlug)}/registration?token=${encodeURIComponent(token)}`
}

/** The e-mail sent when someone registers (or registers again): confirmation or waiting-list place. */
export function registrationEmail(input: RegistrationEmailInput): { template: string; subject: string; text: string; html: string } {
  const texts = REGISTRATION_EMAIL_TEXT[input.locale]
  const start = new Intl.DateTimeFormat(input.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: input.edition.timeZone }).format(
    new Date(input.edition.startsAt),
  )
  const vars = {
    name: input.name,
    event: input.edition.title,
    mode: ATTENDANCE_MODES[input.mode][input.locale].toLowerCase(),
    start,
    zone: input.edition.timeZone,
    position: input.position ?? '',
  }
  const kind = texts[input.status]
  const subject = fill(kind.subject, vars)
  const url = managementUrl(input.locale, input.edition.slug, input.token)
  const composed = composeEmail({
    locale: input.locale,
    subject,
    parts: [
      { paragraph: fill(texts.greeting, vars) },
      { paragraph: fill(kind.body, vars) },
      { link: { label: texts.manage.label, url, text: fill(texts.manage.text, { url }) } },
      { paragraph: texts.signature },
    ],
    footer: texts.footer,
  })
  return { template: `registration-${input.status}`, subject, ...composed }
}
