import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (Payload's schema is unchanged): what the database itself guarantees about
 * registrations, whatever the concurrency. One registration per e-mail address per edition (the
 * address is stored in lower case; anonymised rows get a unique placeholder), and one person per
 * place on each mode's waiting list.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE UNIQUE INDEX IF NOT EXISTS "registrations_edition_email_unique" ON "registrations" ("edition_id", "email");
  CREATE UNIQUE INDEX IF NOT EXISTS "registrations_waitlist_place_unique" ON "registrations" ("edition_id", "attendance_mode", "waitlist_position")
    WHERE "waitlist_position" IS NOT NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "registrations_waitlist_place_unique";
  DROP INDEX IF EXISTS "registrations_edition_email_unique";`)
}
