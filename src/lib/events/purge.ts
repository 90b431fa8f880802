import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { sqlRunner, type SqlRunner } from '@/lib/practices/database'
import { inTransaction, lockEdition } from './registration/transaction'

export type PurgeResult = { editionId: number; registrations: number; deliveries: number }

/** What an anonymised registration is called; its address becomes `anonymised-<id>@anonymised.invalid` (a reserved domain). */
export const ANONYMISED_NAME = 'Anonymised'

/**
 * Due: the edition ended `registration.purgeAfterDays` days ago or more, and some of its personal
 * data is still there (not purged yet, or a registration left behind).
 */
const isDue = (now: Date) => sql`
  e.ends_at + make_interval(days => coalesce(e.registration_purge_after_days, 90)::int) <= ${now.toISOString()}::timestamptz
  AND (e.purged_at IS NULL OR EXISTS (SELECT 1 FROM registrations r WHERE r.edition_id = e.id AND r.anonymised_at IS NULL))`

/** The editions whose registrants' personal data is due to be anonymised. */
export async function editionsDueForPurge(payload: Payload, now = new Date()): Promise<number[]> {
  const db = await sqlRunner(payload)
  const { rows } = await db.execute(sql`SELECT e.id FROM event_editions e WHERE ${isDue(now)} ORDER BY e.ends_at`)
  return rows.map((row) => Number(row.id))
}

/**
 * The e-mails about this edition to its registrants (confirmations, waiting list, offers,
 * reminders, streaming links): they hold names and private links. An e-mail is about this edition
 * when it names it (a link to /events/<slug> or below, or its title in the subject), so a person's
 * e-mails about another edition stay. Slugs are letters, digits and dashes: safe in the pattern.
 */
async function deleteEventEmails(db: SqlRunner, editionId: number): Promise<number> {
  const { rows } = await db.execute(sql`
    DELETE FROM email_deliveries d
    USING registrations r, event_editions e
    WHERE r.edition_id = ${editionId} AND e.id = r.edition_id AND r.anonymised_at IS NULL
      AND (lower(d."to") = r.email OR position(('<' || r.email || '>') IN lower(d."to")) > 0)
      AND (d.template LIKE 'registration-%' OR d.template LIKE 'event-%')
      AND (
        (coalesce(d.text, '') || ' ' || coalesce(d.html, '')) ~ ('/events/' || e.slug || '([^A-Za-z0-9-]|$)')
        OR EXISTS (
          SELECT 1 FROM event_editions_locales l
          WHERE l._parent_id = e.id AND coalesce(l.title, '') <> '' AND position(l.title IN d.subject) > 0
        )
      )
    RETURNING d.id`)
  return rows.length
}

/**
 * Anonymises one edition's registrations in one transaction, under the edition's lock: name, e-mail
 * address, organisation, city, needs and the two secrets (management link, check-in code) go; status,
 * attendance mode, country, role, sessions and dates stay, so the counts survive. The e-mails about
 * the edition to those people are deleted from the outbox, and the edition records when. Running it
 * again changes nothing. Null when the edition is not (or no longer) due.
 */
export async function purgeEdition(payload: Payload, editionId: number, now = new Date()): Promise<PurgeResult | null> {
  return inTransaction(payload, async (req) => {
    const db = await sqlRunner(payload, req)
    if (!(await lockEdition(db, editionId))) return null
    const due = await db.execute(sql`SELECT 1 FROM event_editions e WHERE e.id = ${editionId} AND ${isDue(now)}`)
    if (!due.rows.length) return null
    const deliveries = await deleteEventEmails(db, editionId)
    const at = now.toISOString()
    const anonymised = await db.execute(sql`
      UPDATE registrations SET
        name = ${ANONYMISED_NAME},
        email = 'anonymised-' || id || '@anonymised.invalid',
        organisation = NULL, city = NULL, accessibility_needs = NULL, dietary_needs = NULL,
        management_token_hash = NULL, check_in_code = NULL,
        anonymised_at = ${at}::timestamptz, updated_at = ${at}::timestamptz
      WHERE edition_id = ${editionId} AND anonymised_at IS NULL
      RETURNING id`)
    // The edition's versions too: the admin shows the latest version, and a restored one stays purged.
    await db.execute(sql`UPDATE event_editions SET purged_at = ${at}::timestamptz WHERE id = ${editionId} AND purged_at IS NULL`)
    await db.execute(sql`UPDATE _event_editions_v SET version_purged_at = ${at}::timestamptz WHERE parent_id = ${editionId} AND version_purged_at IS NULL`)
    return { editionId, registrations: anonymised.rows.length, deliveries }
  })
}

/** The nightly purge: every due edition, each in its own transaction. */
export async function purgeDueEditions(payload: Payload, now = new Date()): Promise<PurgeResult[]> {
  const results: PurgeResult[] = []
  for (const editionId of await editionsDueForPurge(payload, now)) {
    const result = await purgeEdition(payload, editionId, now)
    if (result) results.push(result)
  }
  return results
}
