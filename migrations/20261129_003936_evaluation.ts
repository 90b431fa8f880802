import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_evaluations_status" AS ENUM('assigned', 'in_progress', 'submitted', 'withdrawn', 'declined');
  CREATE TYPE "public"."enum_evaluations_recommendation" AS ENUM('endorse', 'endorse_after_revision', 'do_not_endorse');
  CREATE TYPE "public"."enum_evaluations_confidence" AS ENUM('low', 'medium', 'high');
  CREATE TYPE "public"."enum_scorecards_status" AS ENUM('labelled', 'not_labelled', 'needs_consensus', 'reopened');
  CREATE TYPE "public"."enum_rubrics_status" AS ENUM('draft', 'current', 'retired');
  CREATE TYPE "public"."enum_users_language" AS ENUM('en', 'fr', 'es', 'pt');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'remindEvaluators' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'expireEvaluationLabels' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'remindEvaluators' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'expireEvaluationLabels' BEFORE 'schedulePublish';
  CREATE TABLE "evaluations_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion" varchar NOT NULL,
  	"score" numeric,
  	"justification" varchar
  );
  
  CREATE TABLE "evaluations_reopenings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"reason" varchar NOT NULL
  );
  
  CREATE TABLE "evaluations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"practice_id" integer NOT NULL,
  	"evaluator_id" integer NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_evaluations_status" DEFAULT 'assigned' NOT NULL,
  	"round" numeric,
  	"rubric_id" integer,
  	"recommendation" "enum_evaluations_recommendation",
  	"confidence" "enum_evaluations_confidence",
  	"comments" varchar,
  	"no_conflict_of_interest" boolean DEFAULT false,
  	"name_on_scorecard" boolean DEFAULT false,
  	"submitted_at" timestamp(3) with time zone,
  	"assigned_by_id" integer,
  	"reminder_sent_at" timestamp(3) with time zone,
  	"declared_conflict" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "scorecards_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"weight" numeric NOT NULL,
  	"mean" numeric NOT NULL,
  	"min" numeric NOT NULL,
  	"max" numeric NOT NULL,
  	"spread" numeric NOT NULL
  );
  
  CREATE TABLE "scorecards_named_evaluators" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "scorecards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"practice_id" integer NOT NULL,
  	"round" numeric NOT NULL,
  	"status" "enum_scorecards_status" NOT NULL,
  	"rubric_id" integer NOT NULL,
  	"rubric_version" numeric NOT NULL,
  	"evaluator_count" numeric NOT NULL,
  	"computed_at" timestamp(3) with time zone NOT NULL,
  	"overall" numeric NOT NULL,
  	"overall_percent" numeric NOT NULL,
  	"label_awarded_at" timestamp(3) with time zone,
  	"label_expires_at" timestamp(3) with time zone,
  	"recommendations_endorse" numeric DEFAULT 0,
  	"recommendations_endorse_after_revision" numeric DEFAULT 0,
  	"recommendations_do_not_endorse" numeric DEFAULT 0,
  	"disagreement" varchar,
  	"decision_by_id" integer,
  	"decision_at" timestamp(3) with time zone,
  	"decision_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rubrics_criteria_levels" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"score" numeric NOT NULL
  );
  
  CREATE TABLE "rubrics_criteria_levels_locales" (
  	"descriptor" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "rubrics_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"weight" numeric DEFAULT 1 NOT NULL
  );
  
  CREATE TABLE "rubrics_criteria_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "rubrics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version" numeric NOT NULL,
  	"status" "enum_rubrics_status" DEFAULT 'draft' NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"scale_min" numeric DEFAULT 0 NOT NULL,
  	"scale_max" numeric DEFAULT 4 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rubrics_locales" (
  	"title" varchar NOT NULL,
  	"introduction" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "evaluation_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"min_evaluators" numeric DEFAULT 2 NOT NULL,
  	"default_due_days" numeric DEFAULT 21 NOT NULL,
  	"reminder_days_before" numeric DEFAULT 3 NOT NULL,
  	"label_threshold" numeric DEFAULT 70 NOT NULL,
  	"max_spread" numeric DEFAULT 2 NOT NULL,
  	"label_validity_months" numeric DEFAULT 36 NOT NULL,
  	"revalidation_notice_months" numeric DEFAULT 3 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "practices" ADD COLUMN "lead_organisation" varchar;
  ALTER TABLE "_practices_v" ADD COLUMN "version_lead_organisation" varchar;
  ALTER TABLE "users" ADD COLUMN "organisation" varchar;
  ALTER TABLE "users" ADD COLUMN "city_id" integer;
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language" DEFAULT 'en';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "evaluations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "scorecards_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rubrics_id" integer;
  ALTER TABLE "evaluations_scores" ADD CONSTRAINT "evaluations_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evaluations_reopenings" ADD CONSTRAINT "evaluations_reopenings_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluations_reopenings" ADD CONSTRAINT "evaluations_reopenings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_evaluator_id_users_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_rubric_id_rubrics_id_fk" FOREIGN KEY ("rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_assigned_by_id_users_id_fk" FOREIGN KEY ("assigned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scorecards_criteria" ADD CONSTRAINT "scorecards_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scorecards_named_evaluators" ADD CONSTRAINT "scorecards_named_evaluators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_rubric_id_rubrics_id_fk" FOREIGN KEY ("rubric_id") REFERENCES "public"."rubrics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_decision_by_id_users_id_fk" FOREIGN KEY ("decision_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rubrics_criteria_levels" ADD CONSTRAINT "rubrics_criteria_levels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."rubrics_criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rubrics_criteria_levels_locales" ADD CONSTRAINT "rubrics_criteria_levels_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."rubrics_criteria_levels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rubrics_criteria" ADD CONSTRAINT "rubrics_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."rubrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rubrics_criteria_locales" ADD CONSTRAINT "rubrics_criteria_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."rubrics_criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rubrics_locales" ADD CONSTRAINT "rubrics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."rubrics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "evaluations_scores_order_idx" ON "evaluations_scores" USING btree ("_order");
  CREATE INDEX "evaluations_scores_parent_id_idx" ON "evaluations_scores" USING btree ("_parent_id");
  CREATE INDEX "evaluations_reopenings_order_idx" ON "evaluations_reopenings" USING btree ("_order");
  CREATE INDEX "evaluations_reopenings_parent_id_idx" ON "evaluations_reopenings" USING btree ("_parent_id");
  CREATE INDEX "evaluations_reopenings_by_idx" ON "evaluations_reopenings" USING btree ("by_id");
  CREATE INDEX "evaluations_practice_idx" ON "evaluations" USING btree ("practice_id");
  CREATE INDEX "evaluations_evaluator_idx" ON "evaluations" USING btree ("evaluator_id");
  CREATE INDEX "evaluations_due_date_idx" ON "evaluations" USING btree ("due_date");
  CREATE INDEX "evaluations_status_idx" ON "evaluations" USING btree ("status");
  CREATE INDEX "evaluations_round_idx" ON "evaluations" USING btree ("round");
  CREATE INDEX "evaluations_rubric_idx" ON "evaluations" USING btree ("rubric_id");
  CREATE INDEX "evaluations_submitted_at_idx" ON "evaluations" USING btree ("submitted_at");
  CREATE INDEX "evaluations_assigned_by_idx" ON "evaluations" USING btree ("assigned_by_id");
  CREATE INDEX "evaluations_updated_at_idx" ON "evaluations" USING btree ("updated_at");
  CREATE INDEX "evaluations_created_at_idx" ON "evaluations" USING btree ("created_at");
  CREATE INDEX "scorecards_criteria_order_idx" ON "scorecards_criteria" USING btree ("_order");
  CREATE INDEX "scorecards_criteria_parent_id_idx" ON "scorecards_criteria" USING btree ("_parent_id");
  CREATE INDEX "scorecards_named_evaluators_order_idx" ON "scorecards_named_evaluators" USING btree ("_order");
  CREATE INDEX "scorecards_named_evaluators_parent_id_idx" ON "scorecards_named_evaluators" USING btree ("_parent_id");
  CREATE INDEX "scorecards_practice_idx" ON "scorecards" USING btree ("practice_id");
  CREATE INDEX "scorecards_status_idx" ON "scorecards" USING btree ("status");
  CREATE INDEX "scorecards_rubric_idx" ON "scorecards" USING btree ("rubric_id");
  CREATE INDEX "scorecards_computed_at_idx" ON "scorecards" USING btree ("computed_at");
  CREATE INDEX "scorecards_overall_percent_idx" ON "scorecards" USING btree ("overall_percent");
  CREATE INDEX "scorecards_label_expires_at_idx" ON "scorecards" USING btree ("label_expires_at");
  CREATE INDEX "scorecards_decision_decision_by_idx" ON "scorecards" USING btree ("decision_by_id");
  CREATE INDEX "scorecards_updated_at_idx" ON "scorecards" USING btree ("updated_at");
  CREATE INDEX "scorecards_created_at_idx" ON "scorecards" USING btree ("created_at");
  CREATE UNIQUE INDEX "practice_round_idx" ON "scorecards" USING btree ("practice_id","round");
  CREATE INDEX "rubrics_criteria_levels_order_idx" ON "rubrics_criteria_levels" USING btree ("_order");
  CREATE INDEX "rubrics_criteria_levels_parent_id_idx" ON "rubrics_criteria_levels" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "rubrics_criteria_levels_locales_locale_parent_id_unique" ON "rubrics_criteria_levels_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "rubrics_criteria_order_idx" ON "rubrics_criteria" USING btree ("_order");
  CREATE INDEX "rubrics_criteria_parent_id_idx" ON "rubrics_criteria" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "rubrics_criteria_locales_locale_parent_id_unique" ON "rubrics_criteria_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "rubrics_version_idx" ON "rubrics" USING btree ("version");
  CREATE INDEX "rubrics_status_idx" ON "rubrics" USING btree ("status");
  CREATE INDEX "rubrics_updated_at_idx" ON "rubrics" USING btree ("updated_at");
  CREATE INDEX "rubrics_created_at_idx" ON "rubrics" USING btree ("created_at");
  CREATE UNIQUE INDEX "rubrics_locales_locale_parent_id_unique" ON "rubrics_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "users" ADD CONSTRAINT "users_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evaluations_fk" FOREIGN KEY ("evaluations_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scorecards_fk" FOREIGN KEY ("scorecards_id") REFERENCES "public"."scorecards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rubrics_fk" FOREIGN KEY ("rubrics_id") REFERENCES "public"."rubrics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_city_idx" ON "users" USING btree ("city_id");
  CREATE INDEX "payload_locked_documents_rels_evaluations_id_idx" ON "payload_locked_documents_rels" USING btree ("evaluations_id");
  CREATE INDEX "payload_locked_documents_rels_scorecards_id_idx" ON "payload_locked_documents_rels" USING btree ("scorecards_id");
  CREATE INDEX "payload_locked_documents_rels_rubrics_id_idx" ON "payload_locked_documents_rels" USING btree ("rubrics_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "evaluations_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "evaluations_reopenings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "evaluations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scorecards_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scorecards_named_evaluators" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "scorecards" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rubrics_criteria_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rubrics_criteria_levels_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rubrics_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rubrics_criteria_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rubrics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rubrics_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "evaluation_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "evaluations_scores" CASCADE;
  DROP TABLE "evaluations_reopenings" CASCADE;
  DROP TABLE "evaluations" CASCADE;
  DROP TABLE "scorecards_criteria" CASCADE;
  DROP TABLE "scorecards_named_evaluators" CASCADE;
  DROP TABLE "scorecards" CASCADE;
  DROP TABLE "rubrics_criteria_levels" CASCADE;
  DROP TABLE "rubrics_criteria_levels_locales" CASCADE;
  DROP TABLE "rubrics_criteria" CASCADE;
  DROP TABLE "rubrics_criteria_locales" CASCADE;
  DROP TABLE "rubrics" CASCADE;
  DROP TABLE "rubrics_locales" CASCADE;
  DROP TABLE "evaluation_settings" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_city_id_cities_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_evaluations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_scorecards_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rubrics_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverEmail', 'deleteUnconfirmedSubmissions', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverEmail', 'deleteUnconfirmedSubmissions', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_city_idx";
  DROP INDEX "payload_locked_documents_rels_evaluations_id_idx";
  DROP INDEX "payload_locked_documents_rels_scorecards_id_idx";
  DROP INDEX "payload_locked_documents_rels_rubrics_id_idx";
  ALTER TABLE "practices" DROP COLUMN "lead_organisation";
  ALTER TABLE "_practices_v" DROP COLUMN "version_lead_organisation";
  ALTER TABLE "users" DROP COLUMN "organisation";
  ALTER TABLE "users" DROP COLUMN "city_id";
  ALTER TABLE "users" DROP COLUMN "language";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "evaluations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "scorecards_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rubrics_id";
  DROP TYPE "public"."enum_evaluations_status";
  DROP TYPE "public"."enum_evaluations_recommendation";
  DROP TYPE "public"."enum_evaluations_confidence";
  DROP TYPE "public"."enum_scorecards_status";
  DROP TYPE "public"."enum_rubrics_status";
  DROP TYPE "public"."enum_users_language";`)
}
