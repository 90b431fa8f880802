import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_community_spaces_kind" AS ENUM('theme', 'region');
  CREATE TYPE "public"."enum_community_spaces_region" AS ENUM('africa', 'americas', 'asia', 'europe', 'oceania');
  CREATE TYPE "public"."enum_community_posts_kind" AS ENUM('question', 'discussion', 'twinning');
  CREATE TYPE "public"."enum_community_posts_state" AS ENUM('pending', 'published', 'hidden', 'removed');
  CREATE TYPE "public"."enum_community_posts_state_reason" AS ENUM('spam', 'off_topic', 'harassment', 'illegal', 'misinformation', 'other', 'duplicate', 'personal_data', 'wrong_space', 'evidence', 'appeal');
  CREATE TYPE "public"."enum__community_posts_v_version_kind" AS ENUM('question', 'discussion', 'twinning');
  CREATE TYPE "public"."enum__community_posts_v_version_state" AS ENUM('pending', 'published', 'hidden', 'removed');
  CREATE TYPE "public"."enum__community_posts_v_version_state_reason" AS ENUM('spam', 'off_topic', 'harassment', 'illegal', 'misinformation', 'other', 'duplicate', 'personal_data', 'wrong_space', 'evidence', 'appeal');
  CREATE TYPE "public"."enum_community_flags_reason" AS ENUM('spam', 'off_topic', 'harassment', 'illegal', 'misinformation', 'other');
  CREATE TYPE "public"."enum_community_flags_status" AS ENUM('open', 'upheld', 'dismissed');
  CREATE TYPE "public"."enum_moderation_actions_action" AS ENUM('approve', 'reject', 'edit', 'hide', 'auto_hide', 'restore', 'remove', 'lock', 'unlock', 'move', 'silence', 'suspend', 'lift_sanction', 'verify_official', 'dismiss_flags', 'appeal_upheld', 'appeal_denied', 'to_practice');
  CREATE TYPE "public"."enum_moderation_actions_reason" AS ENUM('spam', 'off_topic', 'harassment', 'illegal', 'misinformation', 'other', 'duplicate', 'personal_data', 'wrong_space', 'evidence', 'appeal');
  CREATE TYPE "public"."enum_community_appeals_status" AS ENUM('open', 'upheld', 'denied');
  CREATE TYPE "public"."enum_community_follows_cadence" AS ENUM('immediate', 'daily');
  CREATE TYPE "public"."enum_community_notifications_kind" AS ENUM('reply', 'thread', 'first_movers', 'solution');
  CREATE TYPE "public"."enum_community_notifications_cadence" AS ENUM('immediate', 'daily');
  CREATE TYPE "public"."enum_members_languages" AS ENUM('en', 'fr', 'es', 'pt', 'de', 'it', 'nl', 'pl', 'ro', 'sv', 'el', 'ar', 'zh', 'hi', 'id', 'ja', 'ko', 'ru', 'sw', 'tr', 'uk');
  CREATE TYPE "public"."enum_members_role" AS ENUM('city_official', 'practitioner', 'researcher', 'civil_society', 'business', 'funder', 'other');
  CREATE TYPE "public"."enum_members_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_members_notifications_cadence" AS ENUM('immediate', 'daily');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyCommunity' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendCommunityDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyCommunity' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendCommunityDigest' BEFORE 'schedulePublish';
  CREATE TABLE "practices_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_practices_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "community_spaces" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_community_spaces_kind" NOT NULL,
  	"theme_id" integer,
  	"region" "enum_community_spaces_region",
  	"order" numeric DEFAULT 0,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "community_spaces_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "community_posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"thread_id" integer,
  	"space_id" integer NOT NULL,
  	"kind" "enum_community_posts_kind",
  	"title" varchar,
  	"body" varchar NOT NULL,
  	"city_id" integer,
  	"author_id" integer,
  	"state" "enum_community_posts_state" DEFAULT 'pending' NOT NULL,
  	"listed" boolean DEFAULT false,
  	"locked" boolean DEFAULT false,
  	"state_reason" "enum_community_posts_state_reason",
  	"state_note" varchar,
  	"solution_id" integer,
  	"solved_at" timestamp(3) with time zone,
  	"reply_count" numeric DEFAULT 0,
  	"last_activity_at" timestamp(3) with time zone,
  	"edited_at" timestamp(3) with time zone,
  	"flag_count" numeric DEFAULT 0,
  	"practice_draft_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "community_posts_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "community_posts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practices_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_community_posts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_thread_id" integer,
  	"version_space_id" integer NOT NULL,
  	"version_kind" "enum__community_posts_v_version_kind",
  	"version_title" varchar,
  	"version_body" varchar NOT NULL,
  	"version_city_id" integer,
  	"version_author_id" integer,
  	"version_state" "enum__community_posts_v_version_state" DEFAULT 'pending' NOT NULL,
  	"version_listed" boolean DEFAULT false,
  	"version_locked" boolean DEFAULT false,
  	"version_state_reason" "enum__community_posts_v_version_state_reason",
  	"version_state_note" varchar,
  	"version_solution_id" integer,
  	"version_solved_at" timestamp(3) with time zone,
  	"version_reply_count" numeric DEFAULT 0,
  	"version_last_activity_at" timestamp(3) with time zone,
  	"version_edited_at" timestamp(3) with time zone,
  	"version_flag_count" numeric DEFAULT 0,
  	"version_practice_draft_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_community_posts_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_community_posts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practices_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "community_flags" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"post_id" integer NOT NULL,
  	"member_id" integer,
  	"reason" "enum_community_flags_reason" NOT NULL,
  	"text" varchar,
  	"status" "enum_community_flags_status" DEFAULT 'open' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "moderation_actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_moderation_actions_action" NOT NULL,
  	"reason" "enum_moderation_actions_reason",
  	"note" varchar,
  	"moderator_id" integer,
  	"automatic" boolean DEFAULT false,
  	"post_id" integer,
  	"member_id" integer,
  	"until" timestamp(3) with time zone,
  	"from_space_id" integer,
  	"to_space_id" integer,
  	"practice_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "community_appeals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action_id" integer NOT NULL,
  	"appellant_id" integer,
  	"text" varchar NOT NULL,
  	"status" "enum_community_appeals_status" DEFAULT 'open' NOT NULL,
  	"assigned_to_id" integer,
  	"decided_by_id" integer,
  	"decision_note" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "community_follows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"thread_id" integer,
  	"space_id" integer,
  	"cadence" "enum_community_follows_cadence" DEFAULT 'immediate' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "community_notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"post_id" integer NOT NULL,
  	"kind" "enum_community_notifications_kind" NOT NULL,
  	"cadence" "enum_community_notifications_cadence" NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "members_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_members_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "members_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"organisation" varchar,
  	"role" "enum_members_role",
  	"city_id" integer,
  	"country_id" integer,
  	"bio" varchar,
  	"photo_id" integer,
  	"locale" "enum_members_locale" DEFAULT 'en' NOT NULL,
  	"terms_accepted_at" timestamp(3) with time zone NOT NULL,
  	"privacy_show_organisation" boolean DEFAULT true,
  	"privacy_show_location" boolean DEFAULT true,
  	"privacy_show_role" boolean DEFAULT true,
  	"privacy_show_languages" boolean DEFAULT true,
  	"privacy_show_themes" boolean DEFAULT true,
  	"privacy_show_bio" boolean DEFAULT true,
  	"privacy_show_photo" boolean DEFAULT true,
  	"notifications_email" boolean DEFAULT true,
  	"notifications_cadence" "enum_members_notifications_cadence" DEFAULT 'immediate' NOT NULL,
  	"notifications_auto_follow_own_threads" boolean DEFAULT true,
  	"moderation_trust_level" numeric DEFAULT 0,
  	"moderation_published_posts" numeric DEFAULT 0,
  	"moderation_verified_official" boolean DEFAULT false,
  	"moderation_verified_at" timestamp(3) with time zone,
  	"moderation_verified_by_id" integer,
  	"moderation_silenced_until" timestamp(3) with time zone,
  	"moderation_suspended_until" timestamp(3) with time zone,
  	"moderation_sanction_reason" varchar,
  	"verification_evidence" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "members_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "community_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"held_posts" numeric DEFAULT 3 NOT NULL,
  	"flags_to_hide" numeric DEFAULT 3 NOT NULL,
  	"level0_threads_per_day" numeric DEFAULT 3 NOT NULL,
  	"level0_replies_per_day" numeric DEFAULT 10 NOT NULL,
  	"level0_links_per_post" numeric DEFAULT 2 NOT NULL,
  	"level1_threads_per_day" numeric DEFAULT 10 NOT NULL,
  	"level1_replies_per_day" numeric DEFAULT 50 NOT NULL,
  	"level1_links_per_post" numeric DEFAULT 10 NOT NULL,
  	"level2_threads_per_day" numeric DEFAULT 50 NOT NULL,
  	"level2_replies_per_day" numeric DEFAULT 200 NOT NULL,
  	"level2_links_per_post" numeric DEFAULT 50 NOT NULL,
  	"level1_after_posts" numeric DEFAULT 3 NOT NULL,
  	"level2_after_posts" numeric DEFAULT 20 NOT NULL,
  	"level2_after_days" numeric DEFAULT 30 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "practices" ADD COLUMN "community_origin_thread_id" integer;
  ALTER TABLE "_practices_v" ADD COLUMN "version_community_origin_thread_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "community_spaces_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "community_posts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "community_flags_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "moderation_actions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "community_appeals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "community_follows_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "community_notifications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "members_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "members_id" integer;
  ALTER TABLE "practices_texts" ADD CONSTRAINT "practices_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_texts" ADD CONSTRAINT "_practices_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "community_spaces" ADD CONSTRAINT "community_spaces_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_spaces_locales" ADD CONSTRAINT "community_spaces_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."community_spaces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "community_posts" ADD CONSTRAINT "community_posts_thread_id_community_posts_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_posts" ADD CONSTRAINT "community_posts_space_id_community_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."community_spaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_posts" ADD CONSTRAINT "community_posts_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_posts" ADD CONSTRAINT "community_posts_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_posts" ADD CONSTRAINT "community_posts_solution_id_community_posts_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_posts" ADD CONSTRAINT "community_posts_practice_draft_id_practices_id_fk" FOREIGN KEY ("practice_draft_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_posts_texts" ADD CONSTRAINT "community_posts_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."community_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "community_posts_rels" ADD CONSTRAINT "community_posts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."community_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "community_posts_rels" ADD CONSTRAINT "community_posts_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "community_posts_rels" ADD CONSTRAINT "community_posts_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_community_posts_v" ADD CONSTRAINT "_community_posts_v_parent_id_community_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_community_posts_v" ADD CONSTRAINT "_community_posts_v_version_thread_id_community_posts_id_fk" FOREIGN KEY ("version_thread_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_community_posts_v" ADD CONSTRAINT "_community_posts_v_version_space_id_community_spaces_id_fk" FOREIGN KEY ("version_space_id") REFERENCES "public"."community_spaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_community_posts_v" ADD CONSTRAINT "_community_posts_v_version_city_id_cities_id_fk" FOREIGN KEY ("version_city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_community_posts_v" ADD CONSTRAINT "_community_posts_v_version_author_id_members_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_community_posts_v" ADD CONSTRAINT "_community_posts_v_version_solution_id_community_posts_id_fk" FOREIGN KEY ("version_solution_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_community_posts_v" ADD CONSTRAINT "_community_posts_v_version_practice_draft_id_practices_id_fk" FOREIGN KEY ("version_practice_draft_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_community_posts_v_texts" ADD CONSTRAINT "_community_posts_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_community_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_community_posts_v_rels" ADD CONSTRAINT "_community_posts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_community_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_community_posts_v_rels" ADD CONSTRAINT "_community_posts_v_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_community_posts_v_rels" ADD CONSTRAINT "_community_posts_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "community_flags" ADD CONSTRAINT "community_flags_post_id_community_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_flags" ADD CONSTRAINT "community_flags_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_moderator_id_users_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_post_id_community_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_from_space_id_community_spaces_id_fk" FOREIGN KEY ("from_space_id") REFERENCES "public"."community_spaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_to_space_id_community_spaces_id_fk" FOREIGN KEY ("to_space_id") REFERENCES "public"."community_spaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_appeals" ADD CONSTRAINT "community_appeals_action_id_moderation_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."moderation_actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_appeals" ADD CONSTRAINT "community_appeals_appellant_id_members_id_fk" FOREIGN KEY ("appellant_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_appeals" ADD CONSTRAINT "community_appeals_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_appeals" ADD CONSTRAINT "community_appeals_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_follows" ADD CONSTRAINT "community_follows_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_follows" ADD CONSTRAINT "community_follows_thread_id_community_posts_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_follows" ADD CONSTRAINT "community_follows_space_id_community_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."community_spaces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_notifications" ADD CONSTRAINT "community_notifications_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "community_notifications" ADD CONSTRAINT "community_notifications_post_id_community_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members_languages" ADD CONSTRAINT "members_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members_sessions" ADD CONSTRAINT "members_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members" ADD CONSTRAINT "members_moderation_verified_by_id_users_id_fk" FOREIGN KEY ("moderation_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "members_rels" ADD CONSTRAINT "members_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "members_rels" ADD CONSTRAINT "members_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_texts_order_parent" ON "practices_texts" USING btree ("order","parent_id");
  CREATE INDEX "_practices_v_texts_order_parent" ON "_practices_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "community_spaces_kind_idx" ON "community_spaces" USING btree ("kind");
  CREATE INDEX "community_spaces_theme_idx" ON "community_spaces" USING btree ("theme_id");
  CREATE UNIQUE INDEX "community_spaces_slug_idx" ON "community_spaces" USING btree ("slug");
  CREATE INDEX "community_spaces_updated_at_idx" ON "community_spaces" USING btree ("updated_at");
  CREATE INDEX "community_spaces_created_at_idx" ON "community_spaces" USING btree ("created_at");
  CREATE UNIQUE INDEX "community_spaces_locales_locale_parent_id_unique" ON "community_spaces_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "community_posts_thread_idx" ON "community_posts" USING btree ("thread_id");
  CREATE INDEX "community_posts_space_idx" ON "community_posts" USING btree ("space_id");
  CREATE INDEX "community_posts_city_idx" ON "community_posts" USING btree ("city_id");
  CREATE INDEX "community_posts_author_idx" ON "community_posts" USING btree ("author_id");
  CREATE INDEX "community_posts_state_idx" ON "community_posts" USING btree ("state");
  CREATE INDEX "community_posts_listed_idx" ON "community_posts" USING btree ("listed");
  CREATE INDEX "community_posts_solution_idx" ON "community_posts" USING btree ("solution_id");
  CREATE INDEX "community_posts_solved_at_idx" ON "community_posts" USING btree ("solved_at");
  CREATE INDEX "community_posts_last_activity_at_idx" ON "community_posts" USING btree ("last_activity_at");
  CREATE INDEX "community_posts_practice_draft_idx" ON "community_posts" USING btree ("practice_draft_id");
  CREATE INDEX "community_posts_updated_at_idx" ON "community_posts" USING btree ("updated_at");
  CREATE INDEX "community_posts_created_at_idx" ON "community_posts" USING btree ("created_at");
  CREATE INDEX "community_posts_texts_order_parent" ON "community_posts_texts" USING btree ("order","parent_id");
  CREATE INDEX "community_posts_rels_order_idx" ON "community_posts_rels" USING btree ("order");
  CREATE INDEX "community_posts_rels_parent_idx" ON "community_posts_rels" USING btree ("parent_id");
  CREATE INDEX "community_posts_rels_path_idx" ON "community_posts_rels" USING btree ("path");
  CREATE INDEX "community_posts_rels_practices_id_idx" ON "community_posts_rels" USING btree ("practices_id");
  CREATE INDEX "community_posts_rels_themes_id_idx" ON "community_posts_rels" USING btree ("themes_id");
  CREATE INDEX "_community_posts_v_parent_idx" ON "_community_posts_v" USING btree ("parent_id");
  CREATE INDEX "_community_posts_v_version_version_thread_idx" ON "_community_posts_v" USING btree ("version_thread_id");
  CREATE INDEX "_community_posts_v_version_version_space_idx" ON "_community_posts_v" USING btree ("version_space_id");
  CREATE INDEX "_community_posts_v_version_version_city_idx" ON "_community_posts_v" USING btree ("version_city_id");
  CREATE INDEX "_community_posts_v_version_version_author_idx" ON "_community_posts_v" USING btree ("version_author_id");
  CREATE INDEX "_community_posts_v_version_version_state_idx" ON "_community_posts_v" USING btree ("version_state");
  CREATE INDEX "_community_posts_v_version_version_listed_idx" ON "_community_posts_v" USING btree ("version_listed");
  CREATE INDEX "_community_posts_v_version_version_solution_idx" ON "_community_posts_v" USING btree ("version_solution_id");
  CREATE INDEX "_community_posts_v_version_version_solved_at_idx" ON "_community_posts_v" USING btree ("version_solved_at");
  CREATE INDEX "_community_posts_v_version_version_last_activity_at_idx" ON "_community_posts_v" USING btree ("version_last_activity_at");
  CREATE INDEX "_community_posts_v_version_version_practice_draft_idx" ON "_community_posts_v" USING btree ("version_practice_draft_id");
  CREATE INDEX "_community_posts_v_version_version_updated_at_idx" ON "_community_posts_v" USING btree ("version_updated_at");
  CREATE INDEX "_community_posts_v_version_version_created_at_idx" ON "_community_posts_v" USING btree ("version_created_at");
  CREATE INDEX "_community_posts_v_created_at_idx" ON "_community_posts_v" USING btree ("created_at");
  CREATE INDEX "_community_posts_v_updated_at_idx" ON "_community_posts_v" USING btree ("updated_at");
  CREATE INDEX "_community_posts_v_texts_order_parent" ON "_community_posts_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_community_posts_v_rels_order_idx" ON "_community_posts_v_rels" USING btree ("order");
  CREATE INDEX "_community_posts_v_rels_parent_idx" ON "_community_posts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_community_posts_v_rels_path_idx" ON "_community_posts_v_rels" USING btree ("path");
  CREATE INDEX "_community_posts_v_rels_practices_id_idx" ON "_community_posts_v_rels" USING btree ("practices_id");
  CREATE INDEX "_community_posts_v_rels_themes_id_idx" ON "_community_posts_v_rels" USING btree ("themes_id");
  CREATE INDEX "community_flags_post_idx" ON "community_flags" USING btree ("post_id");
  CREATE INDEX "community_flags_member_idx" ON "community_flags" USING btree ("member_id");
  CREATE INDEX "community_flags_status_idx" ON "community_flags" USING btree ("status");
  CREATE INDEX "community_flags_updated_at_idx" ON "community_flags" USING btree ("updated_at");
  CREATE INDEX "community_flags_created_at_idx" ON "community_flags" USING btree ("created_at");
  CREATE UNIQUE INDEX "post_member_idx" ON "community_flags" USING btree ("post_id","member_id");
  CREATE INDEX "moderation_actions_action_idx" ON "moderation_actions" USING btree ("action");
  CREATE INDEX "moderation_actions_reason_idx" ON "moderation_actions" USING btree ("reason");
  CREATE INDEX "moderation_actions_moderator_idx" ON "moderation_actions" USING btree ("moderator_id");
  CREATE INDEX "moderation_actions_post_idx" ON "moderation_actions" USING btree ("post_id");
  CREATE INDEX "moderation_actions_member_idx" ON "moderation_actions" USING btree ("member_id");
  CREATE INDEX "moderation_actions_from_space_idx" ON "moderation_actions" USING btree ("from_space_id");
  CREATE INDEX "moderation_actions_to_space_idx" ON "moderation_actions" USING btree ("to_space_id");
  CREATE INDEX "moderation_actions_practice_idx" ON "moderation_actions" USING btree ("practice_id");
  CREATE INDEX "moderation_actions_updated_at_idx" ON "moderation_actions" USING btree ("updated_at");
  CREATE INDEX "moderation_actions_created_at_idx" ON "moderation_actions" USING btree ("created_at");
  CREATE UNIQUE INDEX "community_appeals_action_idx" ON "community_appeals" USING btree ("action_id");
  CREATE INDEX "community_appeals_appellant_idx" ON "community_appeals" USING btree ("appellant_id");
  CREATE INDEX "community_appeals_status_idx" ON "community_appeals" USING btree ("status");
  CREATE INDEX "community_appeals_assigned_to_idx" ON "community_appeals" USING btree ("assigned_to_id");
  CREATE INDEX "community_appeals_decided_by_idx" ON "community_appeals" USING btree ("decided_by_id");
  CREATE INDEX "community_appeals_updated_at_idx" ON "community_appeals" USING btree ("updated_at");
  CREATE INDEX "community_appeals_created_at_idx" ON "community_appeals" USING btree ("created_at");
  CREATE INDEX "community_follows_member_idx" ON "community_follows" USING btree ("member_id");
  CREATE INDEX "community_follows_thread_idx" ON "community_follows" USING btree ("thread_id");
  CREATE INDEX "community_follows_space_idx" ON "community_follows" USING btree ("space_id");
  CREATE INDEX "community_follows_updated_at_idx" ON "community_follows" USING btree ("updated_at");
  CREATE INDEX "community_follows_created_at_idx" ON "community_follows" USING btree ("created_at");
  CREATE UNIQUE INDEX "member_thread_idx" ON "community_follows" USING btree ("member_id","thread_id");
  CREATE UNIQUE INDEX "member_space_idx" ON "community_follows" USING btree ("member_id","space_id");
  CREATE INDEX "community_notifications_member_idx" ON "community_notifications" USING btree ("member_id");
  CREATE INDEX "community_notifications_post_idx" ON "community_notifications" USING btree ("post_id");
  CREATE INDEX "community_notifications_sent_at_idx" ON "community_notifications" USING btree ("sent_at");
  CREATE INDEX "community_notifications_updated_at_idx" ON "community_notifications" USING btree ("updated_at");
  CREATE INDEX "community_notifications_created_at_idx" ON "community_notifications" USING btree ("created_at");
  CREATE UNIQUE INDEX "member_post_kind_idx" ON "community_notifications" USING btree ("member_id","post_id","kind");
  CREATE INDEX "members_languages_order_idx" ON "members_languages" USING btree ("order");
  CREATE INDEX "members_languages_parent_idx" ON "members_languages" USING btree ("parent_id");
  CREATE INDEX "members_sessions_order_idx" ON "members_sessions" USING btree ("_order");
  CREATE INDEX "members_sessions_parent_id_idx" ON "members_sessions" USING btree ("_parent_id");
  CREATE INDEX "members_city_idx" ON "members" USING btree ("city_id");
  CREATE INDEX "members_country_idx" ON "members" USING btree ("country_id");
  CREATE INDEX "members_photo_idx" ON "members" USING btree ("photo_id");
  CREATE INDEX "members_moderation_moderation_verified_by_idx" ON "members" USING btree ("moderation_verified_by_id");
  CREATE INDEX "members_updated_at_idx" ON "members" USING btree ("updated_at");
  CREATE INDEX "members_created_at_idx" ON "members" USING btree ("created_at");
  CREATE UNIQUE INDEX "members_email_idx" ON "members" USING btree ("email");
  CREATE INDEX "members_rels_order_idx" ON "members_rels" USING btree ("order");
  CREATE INDEX "members_rels_parent_idx" ON "members_rels" USING btree ("parent_id");
  CREATE INDEX "members_rels_path_idx" ON "members_rels" USING btree ("path");
  CREATE INDEX "members_rels_themes_id_idx" ON "members_rels" USING btree ("themes_id");
  ALTER TABLE "practices" ADD CONSTRAINT "practices_community_origin_thread_id_community_posts_id_fk" FOREIGN KEY ("community_origin_thread_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_community_origin_thread_id_community_posts_id_fk" FOREIGN KEY ("version_community_origin_thread_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_community_spaces_fk" FOREIGN KEY ("community_spaces_id") REFERENCES "public"."community_spaces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_community_posts_fk" FOREIGN KEY ("community_posts_id") REFERENCES "public"."community_posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_community_flags_fk" FOREIGN KEY ("community_flags_id") REFERENCES "public"."community_flags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_moderation_actions_fk" FOREIGN KEY ("moderation_actions_id") REFERENCES "public"."moderation_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_community_appeals_fk" FOREIGN KEY ("community_appeals_id") REFERENCES "public"."community_appeals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_community_follows_fk" FOREIGN KEY ("community_follows_id") REFERENCES "public"."community_follows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_community_notifications_fk" FOREIGN KEY ("community_notifications_id") REFERENCES "public"."community_notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_members_fk" FOREIGN KEY ("members_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_community_origin_community_origin_thread_idx" ON "practices" USING btree ("community_origin_thread_id");
  CREATE INDEX "_practices_v_version_community_origin_version_community__idx" ON "_practices_v" USING btree ("version_community_origin_thread_id");
  CREATE INDEX "payload_locked_documents_rels_community_spaces_id_idx" ON "payload_locked_documents_rels" USING btree ("community_spaces_id");
  CREATE INDEX "payload_locked_documents_rels_community_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("community_posts_id");
  CREATE INDEX "payload_locked_documents_rels_community_flags_id_idx" ON "payload_locked_documents_rels" USING btree ("community_flags_id");
  CREATE INDEX "payload_locked_documents_rels_moderation_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("moderation_actions_id");
  CREATE INDEX "payload_locked_documents_rels_community_appeals_id_idx" ON "payload_locked_documents_rels" USING btree ("community_appeals_id");
  CREATE INDEX "payload_locked_documents_rels_community_follows_id_idx" ON "payload_locked_documents_rels" USING btree ("community_follows_id");
  CREATE INDEX "payload_locked_documents_rels_community_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("community_notifications_id");
  CREATE INDEX "payload_locked_documents_rels_members_id_idx" ON "payload_locked_documents_rels" USING btree ("members_id");
  CREATE INDEX "payload_preferences_rels_members_id_idx" ON "payload_preferences_rels" USING btree ("members_id");`)
  // Community search: full text over title and body in any language ('simple' configuration), listed posts only.
  await db.execute(sql`
  CREATE INDEX "community_posts_search_idx" ON "community_posts" USING gin (to_tsvector('simple', coalesce("title", '') || ' ' || "body")) WHERE "listed";
  CREATE INDEX "community_posts_title_trgm_idx" ON "community_posts" USING gin ("title" gin_trgm_ops) WHERE "listed" AND "thread_id" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "community_posts_search_idx";
  DROP INDEX IF EXISTS "community_posts_title_trgm_idx";
   ALTER TABLE "practices_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_spaces" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_spaces_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_posts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_posts_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_posts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_community_posts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_community_posts_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_community_posts_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "moderation_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_appeals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_follows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "members_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "members_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "members_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "community_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "practices_texts" CASCADE;
  DROP TABLE "_practices_v_texts" CASCADE;
  DROP TABLE "community_spaces" CASCADE;
  DROP TABLE "community_spaces_locales" CASCADE;
  DROP TABLE "community_posts" CASCADE;
  DROP TABLE "community_posts_texts" CASCADE;
  DROP TABLE "community_posts_rels" CASCADE;
  DROP TABLE "_community_posts_v" CASCADE;
  DROP TABLE "_community_posts_v_texts" CASCADE;
  DROP TABLE "_community_posts_v_rels" CASCADE;
  DROP TABLE "community_flags" CASCADE;
  DROP TABLE "moderation_actions" CASCADE;
  DROP TABLE "community_appeals" CASCADE;
  DROP TABLE "community_follows" CASCADE;
  DROP TABLE "community_notifications" CASCADE;
  DROP TABLE "members_languages" CASCADE;
  DROP TABLE "members_sessions" CASCADE;
  DROP TABLE "members" CASCADE;
  DROP TABLE "members_rels" CASCADE;
  DROP TABLE "community_settings" CASCADE;
  ALTER TABLE "practices" DROP CONSTRAINT "practices_community_origin_thread_id_community_posts_id_fk";
  
  ALTER TABLE "_practices_v" DROP CONSTRAINT "_practices_v_version_community_origin_thread_id_community_posts_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_community_spaces_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_community_posts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_community_flags_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_moderation_actions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_community_appeals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_community_follows_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_community_notifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_members_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_members_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverEmail', 'deleteUnconfirmedSubmissions', 'remindEvaluators', 'expireEvaluationLabels', 'fundingAlertDigest', 'lapseEventOffer', 'sendEventReminders', 'purgeEventData', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverEmail', 'deleteUnconfirmedSubmissions', 'remindEvaluators', 'expireEvaluationLabels', 'fundingAlertDigest', 'lapseEventOffer', 'sendEventReminders', 'purgeEventData', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "practices_community_origin_community_origin_thread_idx";
  DROP INDEX "_practices_v_version_community_origin_version_community__idx";
  DROP INDEX "payload_locked_documents_rels_community_spaces_id_idx";
  DROP INDEX "payload_locked_documents_rels_community_posts_id_idx";
  DROP INDEX "payload_locked_documents_rels_community_flags_id_idx";
  DROP INDEX "payload_locked_documents_rels_moderation_actions_id_idx";
  DROP INDEX "payload_locked_documents_rels_community_appeals_id_idx";
  DROP INDEX "payload_locked_documents_rels_community_follows_id_idx";
  DROP INDEX "payload_locked_documents_rels_community_notifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_members_id_idx";
  DROP INDEX "payload_preferences_rels_members_id_idx";
  ALTER TABLE "practices" DROP COLUMN "community_origin_thread_id";
  ALTER TABLE "_practices_v" DROP COLUMN "version_community_origin_thread_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "community_spaces_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "community_posts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "community_flags_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "moderation_actions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "community_appeals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "community_follows_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "community_notifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "members_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "members_id";
  DROP TYPE "public"."enum_community_spaces_kind";
  DROP TYPE "public"."enum_community_spaces_region";
  DROP TYPE "public"."enum_community_posts_kind";
  DROP TYPE "public"."enum_community_posts_state";
  DROP TYPE "public"."enum_community_posts_state_reason";
  DROP TYPE "public"."enum__community_posts_v_version_kind";
  DROP TYPE "public"."enum__community_posts_v_version_state";
  DROP TYPE "public"."enum__community_posts_v_version_state_reason";
  DROP TYPE "public"."enum_community_flags_reason";
  DROP TYPE "public"."enum_community_flags_status";
  DROP TYPE "public"."enum_moderation_actions_action";
  DROP TYPE "public"."enum_moderation_actions_reason";
  DROP TYPE "public"."enum_community_appeals_status";
  DROP TYPE "public"."enum_community_follows_cadence";
  DROP TYPE "public"."enum_community_notifications_kind";
  DROP TYPE "public"."enum_community_notifications_cadence";
  DROP TYPE "public"."enum_members_languages";
  DROP TYPE "public"."enum_members_role";
  DROP TYPE "public"."enum_members_locale";
  DROP TYPE "public"."enum_members_notifications_cadence";`)
}
