import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/seo/siteUrl'
import { composeEmail, type EmailPart } from '@/lib/submissions/emailLayout'
import { fill } from '@/lib/submissions/fill'
import { ATTENDANCE_MODES, type AttendanceMode } from '../options'
import { REGISTRATION_EMAIL_TEXT } from './emailText'

export type RegistrationEmailKind = 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'lapsed'

export type EmailEdition = { title: string; slug: string; startsAt: string; timeZone: string }

export type RegistrationEmailInput = {
  kind: RegistrationEmailKind
  locale: Locale
  name: string
  mode: AttendanceMode
  position?: number | null
  /** When an offered place lapses. */
  offerExpiresAt?: string | null
  edition: EmailEdition
  /** The management link's secret (only ever in an e-mail); none for messages that need no link. */
  token?: string
  /** A confirmation's check-in code (as read out), with its QR code attached inline. */
  checkIn?: { code: string; image: { src: string; size: number } }
  /** The name of a confirmation's attached calendar file. */
  calendarFile?: string
}

export type ComposedRegistrationEmail = { template: string; subject: string; text: string; html: string }

/** The private page where a registrant views, changes or cancels her registration. */
export function managementUrl(locale: Locale, editionSlug: string, token: string): string {
  return `${siteUrl()}/${locale}/events/${encodeURIComponent(editionSlug)}/registration?token=${encodeURIComponent(token)}`
}

const inZone = (locale: Locale, iso: string, timeZone: string, style: 'moment' | 'day' = 'moment') =>
  new Intl.DateTimeFormat(locale, style === 'day' ? { dateStyle: 'long', timeZone } : { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso))

const editionPage = (locale: Locale, edition: EmailEdition) => `${siteUrl()}/${locale}/events/${encodeURIComponent(edition.slug)}`

/** The words every event e-mail fills in: the event, its start in its own zone, the attendance mode. */
function commonVars(locale: Locale, edition: EmailEdition, mode: AttendanceMode) {
  return {
    event: edition.title,
    mode: ATTENDANCE_MODES[mode][locale].toLowerCase(),
    start: inZone(locale, edition.startsAt, edition.timeZone),
    day: inZone(locale, edition.startsAt, edition.timeZone, 'day'),
    zone: edition.timeZone,
  }
}

function confirmationParts(input: RegistrationEmailInput): EmailPart[] {
  const texts = REGISTRATION_EMAIL_TEXT[input.locale]
  const parts: EmailPart[] = []
  if (input.checkIn) {
    const { code, image } = input.checkIn
    parts.push({ paragraph: fill(texts.checkIn.text, { code }) })
    parts.push({ image: { src: image.src, alt: fill(texts.checkIn.alt, { code }), width: image.size, height: image.size } })
  }
  if (input.mode === 'online') parts.push({ paragraph: texts.onlineNote })
  if (input.calendarFile) parts.push({ paragraph: fill(texts.calendar, { file: input.calendarFile }) })
  return parts
}

/** An e-mail about a registration, in the registrant's language. */
export function registrationEmail(input: RegistrationEmailInput): ComposedRegistrationEmail {
  const texts = REGISTRATION_EMAIL_TEXT[input.locale]
  const vars = {
    ...commonVars(input.locale, input.edition, input.mode),
    name: input.name,
    expires: input.offerExpiresAt ? inZone(input.locale, input.offerExpiresAt, input.edition.timeZone) : '',
    position: input.position ?? '',
  }
  const kind = texts[input.kind]
  const subject = fill(kind.subject, vars)
  const parts: EmailPart[] = [{ paragraph: fill(texts.greeting, vars) }, { paragraph: fill(kind.body, vars) }]
  if (input.kind === 'confirmed') parts.push(...confirmationParts(input))
  if (input.token) {
    const url = managementUrl(input.locale, input.edition.slug, input.token)
    parts.push({ link: { label: texts.manage.label, url, text: fill(texts.manage.text, { url }) } })
  }
  parts.push({ paragraph: texts.signature })
  return { template: `registration-${input.kind}`, subject, ...composeEmail({ locale: input.locale, subject, parts, footer: texts.footer }) }
}

export type ReminderEmailInput = {
  locale: Locale
  name: string
  mode: AttendanceMode
  edition: EmailEdition & { venue: string | null }
  /** The registrant's private calendar feed (absolute URL). */
  feedUrl: string | null
}

/**
 * The reminder a few days before the start. No management link: only its hash is stored, so the
 * e-mail points to the confirmation, which holds it.
 */
export function reminderEmail(input: ReminderEmailInput): ComposedRegistrationEmail {
  const texts = REGISTRATION_EMAIL_TEXT[input.locale]
  const vars = { ...commonVars(input.locale, input.edition, input.mode), name: input.name }
  const subject = fill(texts.reminder.subject, vars)
  const page = editionPage(input.locale, input.edition)
  const parts: EmailPart[] = [{ paragraph: fill(texts.greeting, vars) }, { paragraph: fill(texts.reminder.body, vars) }]
  if (input.mode === 'in_person' && input.edition.venue) parts.push({ paragraph: fill(texts.reminder.venue, { venue: input.edition.venue }) })
  if (input.mode === 'online') parts.push({ paragraph: texts.onlineNote })
  parts.push({ link: { label: texts.reminder.page.label, url: page, text: fill(texts.reminder.page.text, { url: page }) } })
  if (input.feedUrl) parts.push({ paragraph: fill(texts.reminder.feed, { url: input.feedUrl }) })
  parts.push({ paragraph: texts.reminder.manage }, { paragraph: texts.signature })
  return { template: 'registration-reminder', subject, ...composeEmail({ locale: input.locale, subject, parts, footer: texts.footer }) }
}

/** The streaming link, to an online registrant, the day before the start. */
export function streamingLinkEmail(input: { locale: Locale; name: string; edition: EmailEdition; streamingUrl: string }): ComposedRegistrationEmail {
  const texts = REGISTRATION_EMAIL_TEXT[input.locale]
  const vars = { ...commonVars(input.locale, input.edition, 'online'), name: input.name }
  const subject = fill(texts.streaming.subject, vars)
  const url = input.streamingUrl
  const page = editionPage(input.locale, input.edition)
  const parts: EmailPart[] = [
    { paragraph: fill(texts.greeting, vars) },
    { paragraph: fill(texts.streaming.body, vars) },
    { link: { label: texts.streaming.link.label, url, text: fill(texts.streaming.link.text, { url }) } },
    { paragraph: texts.streaming.keep },
    { paragraph: fill(texts.reminder.page.text, { url: page }) },
    { paragraph: texts.signature },
  ]
  return { template: 'registration-streaming-link', subject, ...composeEmail({ locale: input.locale, subject, parts, footer: texts.footer }) }
}
