import type { Payload, PayloadRequest } from 'payload'

import type { EmailAttachmentInput } from '@/email/attachments'
import type { Locale } from '@/i18n/locales'
import { registrationCalendar } from '@/lib/events/calendar/registrationCalendar'
import type { Registration } from '@/payload-types'
import { CHECK_IN_QR_CID, checkInQrPng, formatCheckInCode } from './checkInQr'
import { type EmailEdition, type RegistrationEmailInput, type RegistrationEmailKind, registrationEmail } from './emails'

type Extras = Pick<RegistrationEmailInput, 'checkIn' | 'calendarFile'> & { attachments: EmailAttachmentInput[]; title?: string }

/**
 * What a confirmation carries: the event (and her picked sessions) as an .ics file, and — for a seat
 * in the room — the check-in code's QR code as an inline image. Only her code is in it; her
 * management link never goes into a calendar file (calendars are shared and synced).
 */
async function confirmationExtras(payload: Payload, req: PayloadRequest, registration: Registration, locale: Locale): Promise<Extras> {
  const extras: Extras = { attachments: [] }
  const calendar = await registrationCalendar(payload, req, registration, locale)
  if (calendar) {
    extras.calendarFile = `${calendar.edition.slug}.ics`
    extras.title = calendar.edition.title
    extras.attachments.push({ filename: extras.calendarFile, content: calendar.text, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' })
  }
  if (registration.attendanceMode === 'in_person' && registration.checkInCode) {
    const { png, size } = await checkInQrPng(registration.checkInCode)
    extras.checkIn = { code: formatCheckInCode(registration.checkInCode), image: { src: `cid:${CHECK_IN_QR_CID}`, size } }
    extras.attachments.push({ filename: 'check-in-code.png', content: png, contentType: 'image/png', cid: CHECK_IN_QR_CID })
  }
  return extras
}

async function titleIn(payload: Payload, req: PayloadRequest, registration: Registration, locale: Locale): Promise<string | undefined> {
  const id = typeof registration.edition === 'number' ? registration.edition : registration.edition.id
  const edition = await payload.findByID({ collection: 'event-editions', id, locale, select: { title: true }, depth: 0, overrideAccess: true, req, disableErrors: true })
  return edition?.title || undefined
}

export type RegistrationEmailRequest = {
  /** The registration as stored (read with overrideAccess: its check-in code is never readable otherwise), or its id. */
  registration: Registration | number
  edition: EmailEdition
  kind: RegistrationEmailKind
  /** The management link's secret, when the e-mail carries the link. */
  token?: string
}

/**
 * Queues an e-mail about a registration in the transaction of `req` (so it is sent if and only if
 * the change it reports is committed), in the registrant's language, with a confirmation's calendar
 * file and check-in QR code.
 */
export async function sendRegistrationEmail(payload: Payload, req: PayloadRequest, request: RegistrationEmailRequest): Promise<void> {
  const registration =
    typeof request.registration === 'number'
      ? await payload.findByID({ collection: 'registrations', id: request.registration, depth: 0, overrideAccess: true, req })
      : request.registration
  const locale = (registration.locale ?? 'en') as Locale
  const extras: Extras = request.kind === 'confirmed' ? await confirmationExtras(payload, req, registration, locale) : { attachments: [] }
  // The event's title in her language (the caller may hold it in another: e.g. an offer made when someone else cancelled).
  extras.title ??= await titleIn(payload, req, registration, locale)
  const message = registrationEmail({
    kind: request.kind,
    locale,
    name: registration.name,
    mode: registration.attendanceMode,
    position: registration.waitlistPosition,
    offerExpiresAt: registration.offerExpiresAt,
    edition: { ...request.edition, title: extras.title ?? request.edition.title },
    token: request.token,
    checkIn: extras.checkIn,
    calendarFile: extras.calendarFile,
  })
  await payload.sendEmail({
    to: registration.email,
    subject: message.subject,
    text: message.text,
    html: message.html,
    template: message.template,
    ...(extras.attachments.length ? { attachments: extras.attachments } : {}),
    req,
  })
}
