import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendEventReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeEventData' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendEventReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeEventData' BEFORE 'schedulePublish';
  ALTER TABLE "event_editions" ADD COLUMN "registration_reminder_days_before" numeric DEFAULT 3;
  ALTER TABLE "event_editions" ADD COLUMN "purged_at" timestamp(3) with time zone;
  ALTER TABLE "_event_editions_v" ADD COLUMN "version_registration_reminder_days_before" numeric DEFAULT 3;
  ALTER TABLE "_event_editions_v" ADD COLUMN "version_purged_at" timestamp(3) with time zone;
  ALTER TABLE "registrations" ADD COLUMN "reminder_sent_at" timestamp(3) with time zone;
  ALTER TABLE "registrations" ADD COLUMN "streaming_link_sent_at" timestamp(3) with time zone;
  ALTER TABLE "email_deliveries" ADD COLUMN "attachments" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverEmail', 'deleteUnconfirmedSubmissions', 'remindEvaluators', 'expireEvaluationLabels', 'fundingAlertDigest', 'lapseEventOffer', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverEmail', 'deleteUnconfirmedSubmissions', 'remindEvaluators', 'expireEvaluationLabels', 'fundingAlertDigest', 'lapseEventOffer', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "event_editions" DROP COLUMN "registration_reminder_days_before";
  ALTER TABLE "event_editions" DROP COLUMN "purged_at";
  ALTER TABLE "_event_editions_v" DROP COLUMN "version_registration_reminder_days_before";
  ALTER TABLE "_event_editions_v" DROP COLUMN "version_purged_at";
  ALTER TABLE "registrations" DROP COLUMN "reminder_sent_at";
  ALTER TABLE "registrations" DROP COLUMN "streaming_link_sent_at";
  ALTER TABLE "email_deliveries" DROP COLUMN "attachments";`)
}
