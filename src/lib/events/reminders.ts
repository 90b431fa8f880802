import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'
import { siteUrl } from '@/lib/seo/siteUrl'
import type { EventEdition } from '@/payload-types'
import { personalFeedPath } from './calendar/personalFeed'
import type { AttendanceMode } from './options'
import { reminderEmail, streamingLinkEmail } from './registration/emails'
import { inTransaction } from './registration/transaction'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
/** The streaming link goes out this long before the start (and until the end, for those confirmed late). */
export const STREAMING_LINK_HOURS_BEFORE = 24
/** The longest reminder lead an edition may set (registration.reminderDaysBefore). */
const MAX_REMINDER_DAYS = 30

export type ReminderRun = { reminders: number; streamingLinks: number; failed: number }

type Message = 'reminder' | 'streaming'
type Edition = Pick<EventEdition, 'id' | 'slug' | 'format' | 'startsAt' | 'endsAt' | 'timeZone' | 'streamingUrl' | 'registration'>

/** Published editions not cancelled nor purged, starting within the longest reminder lead and not yet over. */
async function editionsAhead(payload: Payload, now: Date): Promise<Edition[]> {
  const { docs } = await payload.find({
    collection: 'event-editions',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { stage: { not_equals: 'cancelled' } },
        { purgedAt: { exists: false } },
        { startsAt: { less_than_equal: new Date(now.getTime() + MAX_REMINDER_DAYS * DAY).toISOString() } },
        { endsAt: { greater_than: now.toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    // The streaming link is staff-only: this server code is the one place that hands it out, by e-mail.
    overrideAccess: true,
    select: { slug: true, format: true, startsAt: true, endsAt: true, timeZone: true, streamingUrl: true, registration: true },
  })
  return docs
}

/** Which messages an edition is due to send now. */
function dueMessages(edition: Edition, now: Date): Message[] {
  const start = new Date(edition.startsAt).getTime()
  const due: Message[] = []
  if (now.getTime() < start && now.getTime() >= start - (edition.registration?.reminderDaysBefore ?? 3) * DAY) due.push('reminder')
  if (edition.format !== 'in_person' && edition.streamingUrl && now.getTime() >= start - STREAMING_LINK_HOURS_BEFORE * HOUR) due.push('streaming')
  return due
}

/**
 * Who still waits for a message: confirmed registrations only (not checked in, cancelled, waiting,
 * offered or anonymised), online ones for the streaming link, that have not had it yet.
 */
async function recipients(payload: Payload, edition: Edition, message: Message): Promise<number[]> {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(
    message === 'reminder'
      ? sql`SELECT id FROM registrations WHERE edition_id = ${edition.id} AND status = 'confirmed' AND anonymised_at IS NULL AND reminder_sent_at IS NULL ORDER BY id`
      : sql`SELECT id FROM registrations WHERE edition_id = ${edition.id} AND status = 'confirmed' AND anonymised_at IS NULL AND attendance_mode = 'online' AND streaming_link_sent_at IS NULL ORDER BY id`,
  )
  return rows.map((row) => Number(row.id))
}

type Claimed = { id: number; name: string; email: string; locale: Locale; mode: AttendanceMode; managementTokenHash: string | null }

/**
 * Marks a message as sent to a registration, if it still is due, in the transaction of `req`: the
 * row's lock makes a second run (or a retry running at the same time) find nothing to claim.
 */
async function claim(payload: Payload, req: PayloadRequest, id: number, message: Message, now: Date): Promise<Claimed | null> {
  const db = await sqlRunner(payload, req)
  const at = now.toISOString()
  const { rows } = await db.execute(
    message === 'reminder'
      ? sql`UPDATE registrations SET reminder_sent_at = ${at}, updated_at = ${at}
          WHERE id = ${id} AND status = 'confirmed' AND anonymised_at IS NULL AND reminder_sent_at IS NULL
          RETURNING id, name, email, locale, attendance_mode, management_token_hash`
      : sql`UPDATE registrations SET streaming_link_sent_at = ${at}, updated_at = ${at}
          WHERE id = ${id} AND status = 'confirmed' AND anonymised_at IS NULL AND attendance_mode = 'online' AND streaming_link_sent_at IS NULL
          RETURNING id, name, email, locale, attendance_mode, management_token_hash`,
  )
  const row = rows[0]
  if (!row) return null
  const locale = String(row.locale)
  return {
    id: Number(row.id),
    name: String(row.name),
    email: String(row.email),
    locale: isLocale(locale) ? locale : 'en',
    mode: row.attendance_mode === 'online' ? 'online' : 'in_person',
    managementTokenHash: row.management_token_hash ? String(row.management_token_hash) : null,
  }
}

type Localized = { title: string; venue: string | null }

/** The edition's title and venue in each language asked for, read once per run. */
function localizedEdition(payload: Payload, edition: Edition) {
  const byLocale = new Map<Locale, Localized>()
  return async (locale: Locale, req: PayloadRequest): Promise<Localized> => {
    const known = byLocale.get(locale)
    if (known) return known
    const doc = await payload.findByID({ collection: 'event-editions', id: edition.id, locale, depth: 0, overrideAccess: true, req, select: { title: true, venue: true } })
    const venue = [doc.venue?.name, doc.venue?.address?.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ')
    const localized = { title: doc.title, venue: venue || null }
    byLocale.set(locale, localized)
    return localized
  }
}

/** One message to one registrant: claimed and queued in one transaction, so it goes out once. */
async function sendOne(payload: Payload, edition: Edition, localized: ReturnType<typeof localizedEdition>, id: number, message: Message, now: Date): Promise<boolean> {
  return inTransaction(payload, async (req) => {
    const person = await claim(payload, req, id, message, now)
    if (!person) return false
    const { title, venue } = await localized(person.locale, req)
    const common = { title, slug: edition.slug, startsAt: edition.startsAt, timeZone: edition.timeZone }
    const email =
      message === 'reminder'
        ? reminderEmail({
            locale: person.locale,
            name: person.name,
            mode: person.mode,
            edition: { ...common, venue },
            feedUrl: person.managementTokenHash ? `${siteUrl()}${personalFeedPath(person.locale, edition.slug, person)}` : null,
          })
        : streamingLinkEmail({ locale: person.locale, name: person.name, edition: common, streamingUrl: edition.streamingUrl as string })
    await payload.sendEmail({ to: person.email, subject: email.subject, text: email.text, html: email.html, template: email.template, req })
    return true
  })
}

/**
 * The reminder a few days before each edition (registration.reminderDaysBefore) and the streaming
 * link to online attendees within 24 hours of the start, to every confirmed registrant who has not
 * had it. Each is recorded on the registration in the transaction that queues the e-mail, so a crash,
 * a retry or a second run never sends it twice. One registrant's failure does not stop the others.
 */
export async function sendEventReminders(payload: Payload, now = new Date()): Promise<ReminderRun> {
  const run: ReminderRun = { reminders: 0, streamingLinks: 0, failed: 0 }
  for (const edition of await editionsAhead(payload, now)) {
    const localized = localizedEdition(payload, edition)
    for (const message of dueMessages(edition, now)) {
      for (const id of await recipients(payload, edition, message)) {
        try {
          if (!(await sendOne(payload, edition, localized, id, message, now))) continue
          if (message === 'reminder') run.reminders++
          else run.streamingLinks++
        } catch (error) {
          run.failed++
          payload.logger.error({ err: error, registration: id, message }, 'Event reminder not queued; the job will retry it.')
        }
      }
    }
  }
  return run
}
