import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_event_editions_format" AS ENUM('in_person', 'hybrid', 'online');
  CREATE TYPE "public"."enum_event_editions_stage" AS ENUM('announced', 'registration_open', 'registration_closed', 'finished', 'cancelled');
  CREATE TYPE "public"."enum_event_editions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__event_editions_v_version_format" AS ENUM('in_person', 'hybrid', 'online');
  CREATE TYPE "public"."enum__event_editions_v_version_stage" AS ENUM('announced', 'registration_open', 'registration_closed', 'finished', 'cancelled');
  CREATE TYPE "public"."enum__event_editions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__event_editions_v_published_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_event_sessions_languages" AS ENUM('en', 'fr', 'es', 'pt', 'de', 'it', 'ar', 'zh', 'ru', 'sw', 'hi', 'id');
  CREATE TYPE "public"."enum_event_sessions_interpretation" AS ENUM('en', 'fr', 'es', 'pt', 'de', 'it', 'ar', 'zh', 'ru', 'sw', 'hi', 'id');
  CREATE TYPE "public"."enum_event_sessions_type" AS ENUM('plenary', 'panel', 'workshop', 'side_event', 'site_visit');
  CREATE TYPE "public"."enum_event_sessions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__event_sessions_v_version_languages" AS ENUM('en', 'fr', 'es', 'pt', 'de', 'it', 'ar', 'zh', 'ru', 'sw', 'hi', 'id');
  CREATE TYPE "public"."enum__event_sessions_v_version_interpretation" AS ENUM('en', 'fr', 'es', 'pt', 'de', 'it', 'ar', 'zh', 'ru', 'sw', 'hi', 'id');
  CREATE TYPE "public"."enum__event_sessions_v_version_type" AS ENUM('plenary', 'panel', 'workshop', 'side_event', 'site_visit');
  CREATE TYPE "public"."enum__event_sessions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__event_sessions_v_published_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_registrations_role" AS ENUM('city_official', 'national_government', 'international_organisation', 'researcher', 'business', 'civil_society', 'funder', 'media', 'other');
  CREATE TYPE "public"."enum_registrations_attendance_mode" AS ENUM('in_person', 'online');
  CREATE TYPE "public"."enum_registrations_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('confirmed', 'waitlisted', 'offered', 'cancelled', 'checked_in');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'fundingAlertDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'fundingAlertDigest' BEFORE 'schedulePublish';
  CREATE TABLE "event_editions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"format" "enum_event_editions_format" DEFAULT 'hybrid',
  	"stage" "enum_event_editions_stage" DEFAULT 'announced',
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"time_zone" varchar DEFAULT 'Europe/Brussels',
  	"venue_name" varchar,
  	"venue_address" varchar,
  	"venue_latitude" numeric,
  	"venue_longitude" numeric,
  	"capacity_in_person" numeric DEFAULT 0,
  	"capacity_online" numeric DEFAULT 0,
  	"registration_opens_at" timestamp(3) with time zone,
  	"registration_closes_at" timestamp(3) with time zone,
  	"registration_offer_hours" numeric DEFAULT 48,
  	"registration_purge_after_days" numeric DEFAULT 90,
  	"streaming_url" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_event_editions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "event_editions_locales" (
  	"title" varchar,
  	"theme" varchar,
  	"description" jsonb,
  	"venue_access" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_event_editions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_year" numeric,
  	"version_format" "enum__event_editions_v_version_format" DEFAULT 'hybrid',
  	"version_stage" "enum__event_editions_v_version_stage" DEFAULT 'announced',
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_time_zone" varchar DEFAULT 'Europe/Brussels',
  	"version_venue_name" varchar,
  	"version_venue_address" varchar,
  	"version_venue_latitude" numeric,
  	"version_venue_longitude" numeric,
  	"version_capacity_in_person" numeric DEFAULT 0,
  	"version_capacity_online" numeric DEFAULT 0,
  	"version_registration_opens_at" timestamp(3) with time zone,
  	"version_registration_closes_at" timestamp(3) with time zone,
  	"version_registration_offer_hours" numeric DEFAULT 48,
  	"version_registration_purge_after_days" numeric DEFAULT 90,
  	"version_streaming_url" varchar,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__event_editions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__event_editions_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_event_editions_v_locales" (
  	"version_title" varchar,
  	"version_theme" varchar,
  	"version_description" jsonb,
  	"version_venue_access" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "event_sessions_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_event_sessions_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "event_sessions_interpretation" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_event_sessions_interpretation",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "event_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"edition_id" integer,
  	"type" "enum_event_sessions_type",
  	"track" varchar,
  	"room" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"capacity" numeric,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_event_sessions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "event_sessions_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "event_sessions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"speakers_id" integer,
  	"themes_id" integer,
  	"practices_id" integer
  );
  
  CREATE TABLE "_event_sessions_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__event_sessions_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_event_sessions_v_version_interpretation" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__event_sessions_v_version_interpretation",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_event_sessions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_edition_id" integer,
  	"version_type" "enum__event_sessions_v_version_type",
  	"version_track" varchar,
  	"version_room" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_capacity" numeric,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__event_sessions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__event_sessions_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_event_sessions_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_event_sessions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"speakers_id" integer,
  	"themes_id" integer,
  	"practices_id" integer
  );
  
  CREATE TABLE "speakers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"organisation" varchar,
  	"city" varchar,
  	"country_id" integer,
  	"photo_id" integer,
  	"photo_credit" varchar,
  	"consent_to_publish" boolean DEFAULT false,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "speakers_locales" (
  	"role" varchar,
  	"biography" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"edition_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"organisation" varchar,
  	"city" varchar,
  	"country_id" integer,
  	"role" "enum_registrations_role",
  	"attendance_mode" "enum_registrations_attendance_mode" NOT NULL,
  	"locale" "enum_registrations_locale" DEFAULT 'en' NOT NULL,
  	"accessibility_needs" varchar,
  	"dietary_needs" varchar,
  	"privacy_consent_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_registrations_status" NOT NULL,
  	"waitlist_position" numeric,
  	"offer_expires_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"checked_in_at" timestamp(3) with time zone,
  	"checked_in_by_id" integer,
  	"management_token_hash" varchar,
  	"check_in_code" varchar,
  	"anonymised_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "registrations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"event_sessions_id" integer
  );
  
  ALTER TABLE "email_deliveries" ADD COLUMN "headers" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_editions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_sessions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "speakers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registrations_id" integer;
  ALTER TABLE "event_editions_locales" ADD CONSTRAINT "event_editions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."event_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_editions_v" ADD CONSTRAINT "_event_editions_v_parent_id_event_editions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_editions_v_locales" ADD CONSTRAINT "_event_editions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_event_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_sessions_languages" ADD CONSTRAINT "event_sessions_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_sessions_interpretation" ADD CONSTRAINT "event_sessions_interpretation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_edition_id_event_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."event_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "event_sessions_locales" ADD CONSTRAINT "event_sessions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."event_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_sessions_rels" ADD CONSTRAINT "event_sessions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_sessions_rels" ADD CONSTRAINT "event_sessions_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_sessions_rels" ADD CONSTRAINT "event_sessions_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_sessions_rels" ADD CONSTRAINT "event_sessions_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_sessions_v_version_languages" ADD CONSTRAINT "_event_sessions_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_event_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_sessions_v_version_interpretation" ADD CONSTRAINT "_event_sessions_v_version_interpretation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_event_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_sessions_v" ADD CONSTRAINT "_event_sessions_v_parent_id_event_sessions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."event_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_sessions_v" ADD CONSTRAINT "_event_sessions_v_version_edition_id_event_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."event_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_event_sessions_v_locales" ADD CONSTRAINT "_event_sessions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_event_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_sessions_v_rels" ADD CONSTRAINT "_event_sessions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_event_sessions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_sessions_v_rels" ADD CONSTRAINT "_event_sessions_v_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_sessions_v_rels" ADD CONSTRAINT "_event_sessions_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_event_sessions_v_rels" ADD CONSTRAINT "_event_sessions_v_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers" ADD CONSTRAINT "speakers_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "speakers_locales" ADD CONSTRAINT "speakers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_edition_id_event_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."event_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_checked_in_by_id_users_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations_rels" ADD CONSTRAINT "registrations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations_rels" ADD CONSTRAINT "registrations_rels_event_sessions_fk" FOREIGN KEY ("event_sessions_id") REFERENCES "public"."event_sessions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "event_editions_year_idx" ON "event_editions" USING btree ("year");
  CREATE UNIQUE INDEX "event_editions_slug_idx" ON "event_editions" USING btree ("slug");
  CREATE INDEX "event_editions_updated_at_idx" ON "event_editions" USING btree ("updated_at");
  CREATE INDEX "event_editions_created_at_idx" ON "event_editions" USING btree ("created_at");
  CREATE INDEX "event_editions__status_idx" ON "event_editions" USING btree ("_status");
  CREATE UNIQUE INDEX "event_editions_locales_locale_parent_id_unique" ON "event_editions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_event_editions_v_parent_idx" ON "_event_editions_v" USING btree ("parent_id");
  CREATE INDEX "_event_editions_v_version_version_year_idx" ON "_event_editions_v" USING btree ("version_year");
  CREATE INDEX "_event_editions_v_version_version_slug_idx" ON "_event_editions_v" USING btree ("version_slug");
  CREATE INDEX "_event_editions_v_version_version_updated_at_idx" ON "_event_editions_v" USING btree ("version_updated_at");
  CREATE INDEX "_event_editions_v_version_version_created_at_idx" ON "_event_editions_v" USING btree ("version_created_at");
  CREATE INDEX "_event_editions_v_version_version__status_idx" ON "_event_editions_v" USING btree ("version__status");
  CREATE INDEX "_event_editions_v_created_at_idx" ON "_event_editions_v" USING btree ("created_at");
  CREATE INDEX "_event_editions_v_updated_at_idx" ON "_event_editions_v" USING btree ("updated_at");
  CREATE INDEX "_event_editions_v_snapshot_idx" ON "_event_editions_v" USING btree ("snapshot");
  CREATE INDEX "_event_editions_v_published_locale_idx" ON "_event_editions_v" USING btree ("published_locale");
  CREATE INDEX "_event_editions_v_latest_idx" ON "_event_editions_v" USING btree ("latest");
  CREATE INDEX "_event_editions_v_autosave_idx" ON "_event_editions_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_event_editions_v_locales_locale_parent_id_unique" ON "_event_editions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "event_sessions_languages_order_idx" ON "event_sessions_languages" USING btree ("order");
  CREATE INDEX "event_sessions_languages_parent_idx" ON "event_sessions_languages" USING btree ("parent_id");
  CREATE INDEX "event_sessions_interpretation_order_idx" ON "event_sessions_interpretation" USING btree ("order");
  CREATE INDEX "event_sessions_interpretation_parent_idx" ON "event_sessions_interpretation" USING btree ("parent_id");
  CREATE INDEX "event_sessions_edition_idx" ON "event_sessions" USING btree ("edition_id");
  CREATE INDEX "event_sessions_track_idx" ON "event_sessions" USING btree ("track");
  CREATE INDEX "event_sessions_starts_at_idx" ON "event_sessions" USING btree ("starts_at");
  CREATE UNIQUE INDEX "event_sessions_slug_idx" ON "event_sessions" USING btree ("slug");
  CREATE INDEX "event_sessions_updated_at_idx" ON "event_sessions" USING btree ("updated_at");
  CREATE INDEX "event_sessions_created_at_idx" ON "event_sessions" USING btree ("created_at");
  CREATE INDEX "event_sessions__status_idx" ON "event_sessions" USING btree ("_status");
  CREATE UNIQUE INDEX "event_sessions_locales_locale_parent_id_unique" ON "event_sessions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "event_sessions_rels_order_idx" ON "event_sessions_rels" USING btree ("order");
  CREATE INDEX "event_sessions_rels_parent_idx" ON "event_sessions_rels" USING btree ("parent_id");
  CREATE INDEX "event_sessions_rels_path_idx" ON "event_sessions_rels" USING btree ("path");
  CREATE INDEX "event_sessions_rels_speakers_id_idx" ON "event_sessions_rels" USING btree ("speakers_id");
  CREATE INDEX "event_sessions_rels_themes_id_idx" ON "event_sessions_rels" USING btree ("themes_id");
  CREATE INDEX "event_sessions_rels_practices_id_idx" ON "event_sessions_rels" USING btree ("practices_id");
  CREATE INDEX "_event_sessions_v_version_languages_order_idx" ON "_event_sessions_v_version_languages" USING btree ("order");
  CREATE INDEX "_event_sessions_v_version_languages_parent_idx" ON "_event_sessions_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_event_sessions_v_version_interpretation_order_idx" ON "_event_sessions_v_version_interpretation" USING btree ("order");
  CREATE INDEX "_event_sessions_v_version_interpretation_parent_idx" ON "_event_sessions_v_version_interpretation" USING btree ("parent_id");
  CREATE INDEX "_event_sessions_v_parent_idx" ON "_event_sessions_v" USING btree ("parent_id");
  CREATE INDEX "_event_sessions_v_version_version_edition_idx" ON "_event_sessions_v" USING btree ("version_edition_id");
  CREATE INDEX "_event_sessions_v_version_version_track_idx" ON "_event_sessions_v" USING btree ("version_track");
  CREATE INDEX "_event_sessions_v_version_version_starts_at_idx" ON "_event_sessions_v" USING btree ("version_starts_at");
  CREATE INDEX "_event_sessions_v_version_version_slug_idx" ON "_event_sessions_v" USING btree ("version_slug");
  CREATE INDEX "_event_sessions_v_version_version_updated_at_idx" ON "_event_sessions_v" USING btree ("version_updated_at");
  CREATE INDEX "_event_sessions_v_version_version_created_at_idx" ON "_event_sessions_v" USING btree ("version_created_at");
  CREATE INDEX "_event_sessions_v_version_version__status_idx" ON "_event_sessions_v" USING btree ("version__status");
  CREATE INDEX "_event_sessions_v_created_at_idx" ON "_event_sessions_v" USING btree ("created_at");
  CREATE INDEX "_event_sessions_v_updated_at_idx" ON "_event_sessions_v" USING btree ("updated_at");
  CREATE INDEX "_event_sessions_v_snapshot_idx" ON "_event_sessions_v" USING btree ("snapshot");
  CREATE INDEX "_event_sessions_v_published_locale_idx" ON "_event_sessions_v" USING btree ("published_locale");
  CREATE INDEX "_event_sessions_v_latest_idx" ON "_event_sessions_v" USING btree ("latest");
  CREATE INDEX "_event_sessions_v_autosave_idx" ON "_event_sessions_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_event_sessions_v_locales_locale_parent_id_unique" ON "_event_sessions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_event_sessions_v_rels_order_idx" ON "_event_sessions_v_rels" USING btree ("order");
  CREATE INDEX "_event_sessions_v_rels_parent_idx" ON "_event_sessions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_event_sessions_v_rels_path_idx" ON "_event_sessions_v_rels" USING btree ("path");
  CREATE INDEX "_event_sessions_v_rels_speakers_id_idx" ON "_event_sessions_v_rels" USING btree ("speakers_id");
  CREATE INDEX "_event_sessions_v_rels_themes_id_idx" ON "_event_sessions_v_rels" USING btree ("themes_id");
  CREATE INDEX "_event_sessions_v_rels_practices_id_idx" ON "_event_sessions_v_rels" USING btree ("practices_id");
  CREATE INDEX "speakers_country_idx" ON "speakers" USING btree ("country_id");
  CREATE INDEX "speakers_photo_idx" ON "speakers" USING btree ("photo_id");
  CREATE INDEX "speakers_consent_to_publish_idx" ON "speakers" USING btree ("consent_to_publish");
  CREATE UNIQUE INDEX "speakers_slug_idx" ON "speakers" USING btree ("slug");
  CREATE INDEX "speakers_updated_at_idx" ON "speakers" USING btree ("updated_at");
  CREATE INDEX "speakers_created_at_idx" ON "speakers" USING btree ("created_at");
  CREATE UNIQUE INDEX "speakers_locales_locale_parent_id_unique" ON "speakers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "registrations_edition_idx" ON "registrations" USING btree ("edition_id");
  CREATE INDEX "registrations_email_idx" ON "registrations" USING btree ("email");
  CREATE INDEX "registrations_country_idx" ON "registrations" USING btree ("country_id");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_waitlist_position_idx" ON "registrations" USING btree ("waitlist_position");
  CREATE INDEX "registrations_checked_in_by_idx" ON "registrations" USING btree ("checked_in_by_id");
  CREATE INDEX "registrations_management_token_hash_idx" ON "registrations" USING btree ("management_token_hash");
  CREATE UNIQUE INDEX "registrations_check_in_code_idx" ON "registrations" USING btree ("check_in_code");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE INDEX "registrations_rels_order_idx" ON "registrations_rels" USING btree ("order");
  CREATE INDEX "registrations_rels_parent_idx" ON "registrations_rels" USING btree ("parent_id");
  CREATE INDEX "registrations_rels_path_idx" ON "registrations_rels" USING btree ("path");
  CREATE INDEX "registrations_rels_event_sessions_id_idx" ON "registrations_rels" USING btree ("event_sessions_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_editions_fk" FOREIGN KEY ("event_editions_id") REFERENCES "public"."event_editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_sessions_fk" FOREIGN KEY ("event_sessions_id") REFERENCES "public"."event_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_speakers_fk" FOREIGN KEY ("speakers_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_event_editions_id_idx" ON "payload_locked_documents_rels" USING btree ("event_editions_id");
  CREATE INDEX "payload_locked_documents_rels_event_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("event_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_speakers_id_idx" ON "payload_locked_documents_rels" USING btree ("speakers_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "event_editions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_editions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_event_editions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_event_editions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_sessions_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_sessions_interpretation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_sessions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "event_sessions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_event_sessions_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_event_sessions_v_version_interpretation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_event_sessions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_event_sessions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_event_sessions_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "speakers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "speakers_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registrations_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "event_editions" CASCADE;
  DROP TABLE "event_editions_locales" CASCADE;
  DROP TABLE "_event_editions_v" CASCADE;
  DROP TABLE "_event_editions_v_locales" CASCADE;
  DROP TABLE "event_sessions_languages" CASCADE;
  DROP TABLE "event_sessions_interpretation" CASCADE;
  DROP TABLE "event_sessions" CASCADE;
  DROP TABLE "event_sessions_locales" CASCADE;
  DROP TABLE "event_sessions_rels" CASCADE;
  DROP TABLE "_event_sessions_v_version_languages" CASCADE;
  DROP TABLE "_event_sessions_v_version_interpretation" CASCADE;
  DROP TABLE "_event_sessions_v" CASCADE;
  DROP TABLE "_event_sessions_v_locales" CASCADE;
  DROP TABLE "_event_sessions_v_rels" CASCADE;
  DROP TABLE "speakers" CASCADE;
  DROP TABLE "speakers_locales" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "registrations_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_editions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_sessions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_speakers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registrations_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverEmail', 'deleteUnconfirmedSubmissions', 'remindEvaluators', 'expireEvaluationLabels', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverEmail', 'deleteUnconfirmedSubmissions', 'remindEvaluators', 'expireEvaluationLabels', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_event_editions_id_idx";
  DROP INDEX "payload_locked_documents_rels_event_sessions_id_idx";
  DROP INDEX "payload_locked_documents_rels_speakers_id_idx";
  DROP INDEX "payload_locked_documents_rels_registrations_id_idx";
  ALTER TABLE "email_deliveries" DROP COLUMN "headers";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_editions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_sessions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "speakers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registrations_id";
  DROP TYPE "public"."enum_event_editions_format";
  DROP TYPE "public"."enum_event_editions_stage";
  DROP TYPE "public"."enum_event_editions_status";
  DROP TYPE "public"."enum__event_editions_v_version_format";
  DROP TYPE "public"."enum__event_editions_v_version_stage";
  DROP TYPE "public"."enum__event_editions_v_version_status";
  DROP TYPE "public"."enum__event_editions_v_published_locale";
  DROP TYPE "public"."enum_event_sessions_languages";
  DROP TYPE "public"."enum_event_sessions_interpretation";
  DROP TYPE "public"."enum_event_sessions_type";
  DROP TYPE "public"."enum_event_sessions_status";
  DROP TYPE "public"."enum__event_sessions_v_version_languages";
  DROP TYPE "public"."enum__event_sessions_v_version_interpretation";
  DROP TYPE "public"."enum__event_sessions_v_version_type";
  DROP TYPE "public"."enum__event_sessions_v_version_status";
  DROP TYPE "public"."enum__event_sessions_v_published_locale";
  DROP TYPE "public"."enum_registrations_role";
  DROP TYPE "public"."enum_registrations_attendance_mode";
  DROP TYPE "public"."enum_registrations_locale";
  DROP TYPE "public"."enum_registrations_status";`)
}
