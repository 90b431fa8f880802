import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'
import { composeEmail, type EmailPart } from '@/lib/submissions/emailLayout'
import { fill } from '@/lib/submissions/fill'
import { ATTENDANCE_MODES, type AttendanceMode } from '../options'
import { REGISTRATION_EMAIL_TEXT } from './emailText'

export type RegistrationEmailKind = 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'lapsed'

export type RegistrationEmailInput = {
  kind: RegistrationEmailKind
  locale: Locale
  name: string
  mode: AttendanceMode
  position?: number | null
  /** When an offered place lapses. */
  offerExpiresAt?: string | null
  edition: { title: string; slug: string; startsAt: string; timeZone: string }
  /** The management link's secret (only ever in an e-mail); none for messages that need no link. */
  token?: string
}

/** The private page where a registrant views, changes or cancels her registration. */
export function managementUrl(locale: Locale, editionSlug: string, token: string): string {
  return `${siteUrl()}/${locale}/events/${encodeURIComponent(editionSlug)}/registration?token=${encodeURIComponent(token)}`
}

const inZone = (locale: Locale, iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso))

/** An e-mail about a registration, in the registrant's language. */
export function registrationEmail(input: RegistrationEmailInput): { template: string; subject: string; text: string; html: string } {
  const texts = REGISTRATION_EMAIL_TEXT[input.locale]
  const vars = {
    name: input.name,
    event: input.edition.title,
    mode: ATTENDANCE_MODES[input.mode][input.locale].toLowerCase(),
    start: inZone(input.locale, input.edition.startsAt, input.edition.timeZone),
    expires: input.offerExpiresAt ? inZone(input.locale, input.offerExpiresAt, input.edition.timeZone) : '',
    zone: input.edition.timeZone,
    position: input.position ?? '',
  }
  const kind = texts[input.kind]
  const subject = fill(kind.subject, vars)
  const parts: EmailPart[] = [{ paragraph: fill(texts.greeting, vars) }, { paragraph: fill(kind.body, vars) }]
  if (input.token) {
    const url = managementUrl(input.locale, input.edition.slug, input.token)
    parts.push({ link: { label: texts.manage.label, url, text: fill(texts.manage.text, { url }) } })
  }
  parts.push({ paragraph: texts.signature })
  return { template: `registration-${input.kind}`, subject, ...composeEmail({ locale: input.locale, subject, parts, footer: texts.footer }) }
}
