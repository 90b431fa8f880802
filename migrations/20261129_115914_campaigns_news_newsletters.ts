import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_blocks_media_block_kind" AS ENUM('image', 'video');
  CREATE TYPE "public"."enum_campaigns_blocks_media_block_video_provider" AS ENUM('youtube', 'vimeo');
  CREATE TYPE "public"."enum_campaigns_blocks_key_figures_figures_metric" AS ENUM('practices', 'cities', 'countries', 'missionCities', 'emissionsFeatured', 'emissionsAll', 'fundingOpen');
  CREATE TYPE "public"."enum_campaigns_blocks_featured_practices_mode" AS ENUM('manual', 'query');
  CREATE TYPE "public"."enum_campaigns_blocks_funding_highlights_mode" AS ENUM('manual', 'query');
  CREATE TYPE "public"."enum_campaigns_audiences" AS ENUM('mission_cities', 'global_cities', 'national_governments', 'funders', 'researchers', 'businesses', 'civil_society', 'media');
  CREATE TYPE "public"."enum_campaigns_regions" AS ENUM('africa', 'americas', 'asia', 'europe', 'oceania');
  CREATE TYPE "public"."enum_campaigns_languages" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_blocks_media_block_kind" AS ENUM('image', 'video');
  CREATE TYPE "public"."enum__campaigns_v_blocks_media_block_video_provider" AS ENUM('youtube', 'vimeo');
  CREATE TYPE "public"."enum__campaigns_v_blocks_key_figures_figures_metric" AS ENUM('practices', 'cities', 'countries', 'missionCities', 'emissionsFeatured', 'emissionsAll', 'fundingOpen');
  CREATE TYPE "public"."enum__campaigns_v_blocks_featured_practices_mode" AS ENUM('manual', 'query');
  CREATE TYPE "public"."enum__campaigns_v_blocks_funding_highlights_mode" AS ENUM('manual', 'query');
  CREATE TYPE "public"."enum__campaigns_v_version_audiences" AS ENUM('mission_cities', 'global_cities', 'national_governments', 'funders', 'researchers', 'businesses', 'civil_society', 'media');
  CREATE TYPE "public"."enum__campaigns_v_version_regions" AS ENUM('africa', 'americas', 'asia', 'europe', 'oceania');
  CREATE TYPE "public"."enum__campaigns_v_version_languages" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum__campaigns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_published_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_nl_issues_blocks_media_block_kind" AS ENUM('image', 'video');
  CREATE TYPE "public"."enum_nl_issues_blocks_media_block_video_provider" AS ENUM('youtube', 'vimeo');
  CREATE TYPE "public"."enum_nl_issues_blocks_key_figures_figures_metric" AS ENUM('practices', 'cities', 'countries', 'missionCities', 'emissionsFeatured', 'emissionsAll', 'fundingOpen');
  CREATE TYPE "public"."enum_nl_issues_blocks_featured_practices_mode" AS ENUM('manual', 'query');
  CREATE TYPE "public"."enum_nl_issues_blocks_funding_highlights_mode" AS ENUM('manual', 'query');
  CREATE TYPE "public"."enum_nl_issues_segment_regions" AS ENUM('africa', 'americas', 'asia', 'europe', 'oceania');
  CREATE TYPE "public"."enum_nl_issues_segment_locales" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_nl_issues_send_status" AS ENUM('draft', 'scheduled', 'sending', 'sent', 'cancelled');
  CREATE TYPE "public"."enum_nl_issues_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__nl_issues_v_blocks_media_block_kind" AS ENUM('image', 'video');
  CREATE TYPE "public"."enum__nl_issues_v_blocks_media_block_video_provider" AS ENUM('youtube', 'vimeo');
  CREATE TYPE "public"."enum__nl_issues_v_blocks_key_figures_figures_metric" AS ENUM('practices', 'cities', 'countries', 'missionCities', 'emissionsFeatured', 'emissionsAll', 'fundingOpen');
  CREATE TYPE "public"."enum__nl_issues_v_blocks_featured_practices_mode" AS ENUM('manual', 'query');
  CREATE TYPE "public"."enum__nl_issues_v_blocks_funding_highlights_mode" AS ENUM('manual', 'query');
  CREATE TYPE "public"."enum__nl_issues_v_version_segment_regions" AS ENUM('africa', 'americas', 'asia', 'europe', 'oceania');
  CREATE TYPE "public"."enum__nl_issues_v_version_segment_locales" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum__nl_issues_v_version_send_status" AS ENUM('draft', 'scheduled', 'sending', 'sent', 'cancelled');
  CREATE TYPE "public"."enum__nl_issues_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__nl_issues_v_published_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_newsletter_deliveries_status" AS ENUM('pending', 'sent', 'failed', 'skipped');
  CREATE TYPE "public"."enum_subscribers_interests_regions" AS ENUM('africa', 'americas', 'asia', 'europe', 'oceania');
  CREATE TYPE "public"."enum_subscribers_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'confirmed', 'unsubscribed', 'bounced');
  CREATE TYPE "public"."enum_campaign_metrics_kind" AS ENUM('view', 'signup', 'cta');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNewsletter' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'resumeNewsletterSends' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNewsletter' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'resumeNewsletterSends' BEFORE 'schedulePublish';
  CREATE TABLE "campaigns_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"image_id" integer,
  	"link_label" varchar,
  	"link_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_media_block" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_campaigns_blocks_media_block_kind" DEFAULT 'image',
  	"image_id" integer,
  	"video_provider" "enum_campaigns_blocks_media_block_video_provider",
  	"video_video_id" varchar,
  	"video_title" varchar,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"metric" "enum_campaigns_blocks_key_figures_figures_metric",
  	"label" varchar
  );
  
  CREATE TABLE "campaigns_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_featured_practices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"mode" "enum_campaigns_blocks_featured_practices_mode" DEFAULT 'manual',
  	"query" varchar,
  	"limit" numeric DEFAULT 6,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_funding_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"mode" "enum_campaigns_blocks_funding_highlights_mode" DEFAULT 'query',
  	"query" varchar,
  	"limit" numeric DEFAULT 3,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_event" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"edition_id" integer,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author" varchar,
  	"role" varchar,
  	"image_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"link_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_newsletter_signup" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" jsonb
  );
  
  CREATE TABLE "campaigns_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_partners_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"logo_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "campaigns_blocks_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"goal" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"utm_source" varchar DEFAULT 'gkec',
  	"utm_medium" varchar DEFAULT 'campaign',
  	"utm_campaign" varchar,
  	"meta_image_id" integer,
  	"meta_no_index" boolean DEFAULT false,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_campaigns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "campaigns_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"practices_id" integer,
  	"funding_actions_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_campaigns_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"image_id" integer,
  	"link_label" varchar,
  	"link_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_media_block" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__campaigns_v_blocks_media_block_kind" DEFAULT 'image',
  	"image_id" integer,
  	"video_provider" "enum__campaigns_v_blocks_media_block_video_provider",
  	"video_video_id" varchar,
  	"video_title" varchar,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"metric" "enum__campaigns_v_blocks_key_figures_figures_metric",
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_featured_practices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"mode" "enum__campaigns_v_blocks_featured_practices_mode" DEFAULT 'manual',
  	"query" varchar,
  	"limit" numeric DEFAULT 6,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_funding_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"mode" "enum__campaigns_v_blocks_funding_highlights_mode" DEFAULT 'query',
  	"query" varchar,
  	"limit" numeric DEFAULT 3,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_event" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"edition_id" integer,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author" varchar,
  	"role" varchar,
  	"image_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"link_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_newsletter_signup" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_partners_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"logo_id" integer,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__campaigns_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__campaigns_v_version_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__campaigns_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_goal" varchar,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_utm_source" varchar DEFAULT 'gkec',
  	"version_utm_medium" varchar DEFAULT 'campaign',
  	"version_utm_campaign" varchar,
  	"version_meta_image_id" integer,
  	"version_meta_no_index" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__campaigns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__campaigns_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_campaigns_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"practices_id" integer,
  	"funding_actions_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "news_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "news_authors_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"meta_image_id" integer,
  	"meta_no_index" boolean DEFAULT false,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"news_categories_id" integer,
  	"practices_id" integer,
  	"cities_id" integer,
  	"campaigns_id" integer
  );
  
  CREATE TABLE "_news_v_version_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_news_v_version_authors_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_meta_image_id" integer,
  	"version_meta_no_index" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"news_categories_id" integer,
  	"practices_id" integer,
  	"cities_id" integer,
  	"campaigns_id" integer
  );
  
  CREATE TABLE "news_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "news_categories_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "nl_issues_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"image_id" integer,
  	"link_label" varchar,
  	"link_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_media_block" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_nl_issues_blocks_media_block_kind" DEFAULT 'image',
  	"image_id" integer,
  	"video_provider" "enum_nl_issues_blocks_media_block_video_provider",
  	"video_video_id" varchar,
  	"video_title" varchar,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"metric" "enum_nl_issues_blocks_key_figures_figures_metric",
  	"label" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_featured_practices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"mode" "enum_nl_issues_blocks_featured_practices_mode" DEFAULT 'manual',
  	"query" varchar,
  	"limit" numeric DEFAULT 6,
  	"block_name" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_funding_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"mode" "enum_nl_issues_blocks_funding_highlights_mode" DEFAULT 'query',
  	"query" varchar,
  	"limit" numeric DEFAULT 3,
  	"block_name" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_event" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"edition_id" integer,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author" varchar,
  	"role" varchar,
  	"image_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"link_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_partners_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"logo_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "nl_issues_blocks_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "nl_issues_segment_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_nl_issues_segment_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "nl_issues_segment_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_nl_issues_segment_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "nl_issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"campaign_id" integer,
  	"send_status" "enum_nl_issues_send_status" DEFAULT 'draft',
  	"send_at" timestamp(3) with time zone,
  	"sending_started_at" timestamp(3) with time zone,
  	"heartbeat_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"stats_recipients" numeric DEFAULT 0,
  	"stats_sent" numeric DEFAULT 0,
  	"stats_failed" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_nl_issues_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "nl_issues_locales" (
  	"subject" varchar,
  	"preheader" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "nl_issues_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"practices_id" integer,
  	"funding_actions_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_nl_issues_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"image_id" integer,
  	"link_label" varchar,
  	"link_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_media_block" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__nl_issues_v_blocks_media_block_kind" DEFAULT 'image',
  	"image_id" integer,
  	"video_provider" "enum__nl_issues_v_blocks_media_block_video_provider",
  	"video_video_id" varchar,
  	"video_title" varchar,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_key_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"metric" "enum__nl_issues_v_blocks_key_figures_figures_metric",
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_featured_practices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"mode" "enum__nl_issues_v_blocks_featured_practices_mode" DEFAULT 'manual',
  	"query" varchar,
  	"limit" numeric DEFAULT 6,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_funding_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"mode" "enum__nl_issues_v_blocks_funding_highlights_mode" DEFAULT 'query',
  	"query" varchar,
  	"limit" numeric DEFAULT 3,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_event" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"edition_id" integer,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"author" varchar,
  	"role" varchar,
  	"image_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"link_label" varchar,
  	"link_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_partners_logos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"logo_id" integer,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_nl_issues_v_blocks_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_nl_issues_v_version_segment_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__nl_issues_v_version_segment_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_nl_issues_v_version_segment_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__nl_issues_v_version_segment_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_nl_issues_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_campaign_id" integer,
  	"version_send_status" "enum__nl_issues_v_version_send_status" DEFAULT 'draft',
  	"version_send_at" timestamp(3) with time zone,
  	"version_sending_started_at" timestamp(3) with time zone,
  	"version_heartbeat_at" timestamp(3) with time zone,
  	"version_sent_at" timestamp(3) with time zone,
  	"version_stats_recipients" numeric DEFAULT 0,
  	"version_stats_sent" numeric DEFAULT 0,
  	"version_stats_failed" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__nl_issues_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__nl_issues_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_nl_issues_v_locales" (
  	"version_subject" varchar,
  	"version_preheader" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_nl_issues_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"practices_id" integer,
  	"funding_actions_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "newsletter_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue_id" integer NOT NULL,
  	"subscriber_id" integer NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"batch" numeric NOT NULL,
  	"status" "enum_newsletter_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"provider_id" varchar,
  	"error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_interests_regions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_subscribers_interests_regions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" "enum_subscribers_locale" NOT NULL,
  	"status" "enum_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"consent_at" timestamp(3) with time zone,
  	"consent_source" varchar,
  	"consent_text_version" varchar,
  	"campaign_id" integer,
  	"confirm_token_hash" varchar,
  	"confirm_expires_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"bounced_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"themes_id" integer
  );
  
  CREATE TABLE "campaign_metrics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"kind" "enum_campaign_metrics_kind" NOT NULL,
  	"target" varchar DEFAULT '',
  	"count" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "news_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "news_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "nl_issues_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_deliveries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaign_metrics_id" integer;
  ALTER TABLE "campaigns_blocks_hero" ADD CONSTRAINT "campaigns_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_hero" ADD CONSTRAINT "campaigns_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_rich_text" ADD CONSTRAINT "campaigns_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_media_block" ADD CONSTRAINT "campaigns_blocks_media_block_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_media_block" ADD CONSTRAINT "campaigns_blocks_media_block_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_key_figures_figures" ADD CONSTRAINT "campaigns_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_key_figures" ADD CONSTRAINT "campaigns_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_featured_practices" ADD CONSTRAINT "campaigns_blocks_featured_practices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_funding_highlights" ADD CONSTRAINT "campaigns_blocks_funding_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_event" ADD CONSTRAINT "campaigns_blocks_event_edition_id_event_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."event_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_event" ADD CONSTRAINT "campaigns_blocks_event_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_quote" ADD CONSTRAINT "campaigns_blocks_quote_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_quote" ADD CONSTRAINT "campaigns_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_cta" ADD CONSTRAINT "campaigns_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_newsletter_signup" ADD CONSTRAINT "campaigns_blocks_newsletter_signup_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_faq_items" ADD CONSTRAINT "campaigns_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_faq" ADD CONSTRAINT "campaigns_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_partners_logos" ADD CONSTRAINT "campaigns_blocks_partners_logos_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_partners_logos" ADD CONSTRAINT "campaigns_blocks_partners_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_partners" ADD CONSTRAINT "campaigns_blocks_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_audiences" ADD CONSTRAINT "campaigns_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_regions" ADD CONSTRAINT "campaigns_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_languages" ADD CONSTRAINT "campaigns_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_funding_actions_fk" FOREIGN KEY ("funding_actions_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_hero" ADD CONSTRAINT "_campaigns_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_hero" ADD CONSTRAINT "_campaigns_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_rich_text" ADD CONSTRAINT "_campaigns_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_media_block" ADD CONSTRAINT "_campaigns_v_blocks_media_block_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_media_block" ADD CONSTRAINT "_campaigns_v_blocks_media_block_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_key_figures_figures" ADD CONSTRAINT "_campaigns_v_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_key_figures" ADD CONSTRAINT "_campaigns_v_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_featured_practices" ADD CONSTRAINT "_campaigns_v_blocks_featured_practices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_funding_highlights" ADD CONSTRAINT "_campaigns_v_blocks_funding_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_event" ADD CONSTRAINT "_campaigns_v_blocks_event_edition_id_event_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."event_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_event" ADD CONSTRAINT "_campaigns_v_blocks_event_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_quote" ADD CONSTRAINT "_campaigns_v_blocks_quote_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_quote" ADD CONSTRAINT "_campaigns_v_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_cta" ADD CONSTRAINT "_campaigns_v_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_newsletter_signup" ADD CONSTRAINT "_campaigns_v_blocks_newsletter_signup_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_faq_items" ADD CONSTRAINT "_campaigns_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_faq" ADD CONSTRAINT "_campaigns_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_partners_logos" ADD CONSTRAINT "_campaigns_v_blocks_partners_logos_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_partners_logos" ADD CONSTRAINT "_campaigns_v_blocks_partners_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_partners" ADD CONSTRAINT "_campaigns_v_blocks_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_audiences" ADD CONSTRAINT "_campaigns_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_regions" ADD CONSTRAINT "_campaigns_v_version_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_languages" ADD CONSTRAINT "_campaigns_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_locales" ADD CONSTRAINT "_campaigns_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_funding_actions_fk" FOREIGN KEY ("funding_actions_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_authors" ADD CONSTRAINT "news_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_authors_locales" ADD CONSTRAINT "news_authors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news_authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_hero_id_media_id_fk" FOREIGN KEY ("hero_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_news_categories_fk" FOREIGN KEY ("news_categories_id") REFERENCES "public"."news_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_cities_fk" FOREIGN KEY ("cities_id") REFERENCES "public"."cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_authors" ADD CONSTRAINT "_news_v_version_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_authors_locales" ADD CONSTRAINT "_news_v_version_authors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v_version_authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_hero_id_media_id_fk" FOREIGN KEY ("version_hero_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_news_categories_fk" FOREIGN KEY ("news_categories_id") REFERENCES "public"."news_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_cities_fk" FOREIGN KEY ("cities_id") REFERENCES "public"."cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_categories_locales" ADD CONSTRAINT "news_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_hero" ADD CONSTRAINT "nl_issues_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_hero" ADD CONSTRAINT "nl_issues_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_rich_text" ADD CONSTRAINT "nl_issues_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_media_block" ADD CONSTRAINT "nl_issues_blocks_media_block_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_media_block" ADD CONSTRAINT "nl_issues_blocks_media_block_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_key_figures_figures" ADD CONSTRAINT "nl_issues_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_key_figures" ADD CONSTRAINT "nl_issues_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_featured_practices" ADD CONSTRAINT "nl_issues_blocks_featured_practices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_funding_highlights" ADD CONSTRAINT "nl_issues_blocks_funding_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_event" ADD CONSTRAINT "nl_issues_blocks_event_edition_id_event_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."event_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_event" ADD CONSTRAINT "nl_issues_blocks_event_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_quote" ADD CONSTRAINT "nl_issues_blocks_quote_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_quote" ADD CONSTRAINT "nl_issues_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_cta" ADD CONSTRAINT "nl_issues_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_partners_logos" ADD CONSTRAINT "nl_issues_blocks_partners_logos_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_partners_logos" ADD CONSTRAINT "nl_issues_blocks_partners_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues_blocks_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_blocks_partners" ADD CONSTRAINT "nl_issues_blocks_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_segment_regions" ADD CONSTRAINT "nl_issues_segment_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_segment_locales" ADD CONSTRAINT "nl_issues_segment_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues" ADD CONSTRAINT "nl_issues_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nl_issues_locales" ADD CONSTRAINT "nl_issues_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_rels" ADD CONSTRAINT "nl_issues_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_rels" ADD CONSTRAINT "nl_issues_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_rels" ADD CONSTRAINT "nl_issues_rels_funding_actions_fk" FOREIGN KEY ("funding_actions_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nl_issues_rels" ADD CONSTRAINT "nl_issues_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_hero" ADD CONSTRAINT "_nl_issues_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_hero" ADD CONSTRAINT "_nl_issues_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_rich_text" ADD CONSTRAINT "_nl_issues_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_media_block" ADD CONSTRAINT "_nl_issues_v_blocks_media_block_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_media_block" ADD CONSTRAINT "_nl_issues_v_blocks_media_block_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_key_figures_figures" ADD CONSTRAINT "_nl_issues_v_blocks_key_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v_blocks_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_key_figures" ADD CONSTRAINT "_nl_issues_v_blocks_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_featured_practices" ADD CONSTRAINT "_nl_issues_v_blocks_featured_practices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_funding_highlights" ADD CONSTRAINT "_nl_issues_v_blocks_funding_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_event" ADD CONSTRAINT "_nl_issues_v_blocks_event_edition_id_event_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."event_editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_event" ADD CONSTRAINT "_nl_issues_v_blocks_event_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_quote" ADD CONSTRAINT "_nl_issues_v_blocks_quote_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_quote" ADD CONSTRAINT "_nl_issues_v_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_cta" ADD CONSTRAINT "_nl_issues_v_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_partners_logos" ADD CONSTRAINT "_nl_issues_v_blocks_partners_logos_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_partners_logos" ADD CONSTRAINT "_nl_issues_v_blocks_partners_logos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v_blocks_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_blocks_partners" ADD CONSTRAINT "_nl_issues_v_blocks_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_version_segment_regions" ADD CONSTRAINT "_nl_issues_v_version_segment_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_version_segment_locales" ADD CONSTRAINT "_nl_issues_v_version_segment_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v" ADD CONSTRAINT "_nl_issues_v_parent_id_nl_issues_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nl_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nl_issues_v" ADD CONSTRAINT "_nl_issues_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_locales" ADD CONSTRAINT "_nl_issues_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_rels" ADD CONSTRAINT "_nl_issues_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_nl_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_rels" ADD CONSTRAINT "_nl_issues_v_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_rels" ADD CONSTRAINT "_nl_issues_v_rels_funding_actions_fk" FOREIGN KEY ("funding_actions_id") REFERENCES "public"."funding_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nl_issues_v_rels" ADD CONSTRAINT "_nl_issues_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_issue_id_nl_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."nl_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "newsletter_deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscribers_interests_regions" ADD CONSTRAINT "subscribers_interests_regions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers" ADD CONSTRAINT "subscribers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_metrics" ADD CONSTRAINT "campaign_metrics_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "campaigns_blocks_hero_order_idx" ON "campaigns_blocks_hero" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_hero_parent_id_idx" ON "campaigns_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_hero_path_idx" ON "campaigns_blocks_hero" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_hero_locale_idx" ON "campaigns_blocks_hero" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_hero_image_idx" ON "campaigns_blocks_hero" USING btree ("image_id");
  CREATE INDEX "campaigns_blocks_rich_text_order_idx" ON "campaigns_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_rich_text_parent_id_idx" ON "campaigns_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_rich_text_path_idx" ON "campaigns_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_rich_text_locale_idx" ON "campaigns_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_media_block_order_idx" ON "campaigns_blocks_media_block" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_media_block_parent_id_idx" ON "campaigns_blocks_media_block" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_media_block_path_idx" ON "campaigns_blocks_media_block" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_media_block_locale_idx" ON "campaigns_blocks_media_block" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_media_block_image_idx" ON "campaigns_blocks_media_block" USING btree ("image_id");
  CREATE INDEX "campaigns_blocks_key_figures_figures_order_idx" ON "campaigns_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_key_figures_figures_parent_id_idx" ON "campaigns_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_key_figures_figures_locale_idx" ON "campaigns_blocks_key_figures_figures" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_key_figures_order_idx" ON "campaigns_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_key_figures_parent_id_idx" ON "campaigns_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_key_figures_path_idx" ON "campaigns_blocks_key_figures" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_key_figures_locale_idx" ON "campaigns_blocks_key_figures" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_featured_practices_order_idx" ON "campaigns_blocks_featured_practices" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_featured_practices_parent_id_idx" ON "campaigns_blocks_featured_practices" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_featured_practices_path_idx" ON "campaigns_blocks_featured_practices" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_featured_practices_locale_idx" ON "campaigns_blocks_featured_practices" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_funding_highlights_order_idx" ON "campaigns_blocks_funding_highlights" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_funding_highlights_parent_id_idx" ON "campaigns_blocks_funding_highlights" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_funding_highlights_path_idx" ON "campaigns_blocks_funding_highlights" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_funding_highlights_locale_idx" ON "campaigns_blocks_funding_highlights" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_event_order_idx" ON "campaigns_blocks_event" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_event_parent_id_idx" ON "campaigns_blocks_event" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_event_path_idx" ON "campaigns_blocks_event" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_event_locale_idx" ON "campaigns_blocks_event" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_event_edition_idx" ON "campaigns_blocks_event" USING btree ("edition_id");
  CREATE INDEX "campaigns_blocks_quote_order_idx" ON "campaigns_blocks_quote" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_quote_parent_id_idx" ON "campaigns_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_quote_path_idx" ON "campaigns_blocks_quote" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_quote_locale_idx" ON "campaigns_blocks_quote" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_quote_image_idx" ON "campaigns_blocks_quote" USING btree ("image_id");
  CREATE INDEX "campaigns_blocks_cta_order_idx" ON "campaigns_blocks_cta" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_cta_parent_id_idx" ON "campaigns_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_cta_path_idx" ON "campaigns_blocks_cta" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_cta_locale_idx" ON "campaigns_blocks_cta" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_newsletter_signup_order_idx" ON "campaigns_blocks_newsletter_signup" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_newsletter_signup_parent_id_idx" ON "campaigns_blocks_newsletter_signup" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_newsletter_signup_path_idx" ON "campaigns_blocks_newsletter_signup" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_newsletter_signup_locale_idx" ON "campaigns_blocks_newsletter_signup" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_faq_items_order_idx" ON "campaigns_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_faq_items_parent_id_idx" ON "campaigns_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_faq_items_locale_idx" ON "campaigns_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_faq_order_idx" ON "campaigns_blocks_faq" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_faq_parent_id_idx" ON "campaigns_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_faq_path_idx" ON "campaigns_blocks_faq" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_faq_locale_idx" ON "campaigns_blocks_faq" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_partners_logos_order_idx" ON "campaigns_blocks_partners_logos" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_partners_logos_parent_id_idx" ON "campaigns_blocks_partners_logos" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_partners_logos_locale_idx" ON "campaigns_blocks_partners_logos" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_partners_logos_logo_idx" ON "campaigns_blocks_partners_logos" USING btree ("logo_id");
  CREATE INDEX "campaigns_blocks_partners_order_idx" ON "campaigns_blocks_partners" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_partners_parent_id_idx" ON "campaigns_blocks_partners" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_partners_path_idx" ON "campaigns_blocks_partners" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_partners_locale_idx" ON "campaigns_blocks_partners" USING btree ("_locale");
  CREATE INDEX "campaigns_audiences_order_idx" ON "campaigns_audiences" USING btree ("order");
  CREATE INDEX "campaigns_audiences_parent_idx" ON "campaigns_audiences" USING btree ("parent_id");
  CREATE INDEX "campaigns_regions_order_idx" ON "campaigns_regions" USING btree ("order");
  CREATE INDEX "campaigns_regions_parent_idx" ON "campaigns_regions" USING btree ("parent_id");
  CREATE INDEX "campaigns_languages_order_idx" ON "campaigns_languages" USING btree ("order");
  CREATE INDEX "campaigns_languages_parent_idx" ON "campaigns_languages" USING btree ("parent_id");
  CREATE INDEX "campaigns_meta_meta_image_idx" ON "campaigns" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns__status_idx" ON "campaigns" USING btree ("_status");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_locale_idx" ON "campaigns_rels" USING btree ("locale");
  CREATE INDEX "campaigns_rels_practices_id_idx" ON "campaigns_rels" USING btree ("practices_id","locale");
  CREATE INDEX "campaigns_rels_funding_actions_id_idx" ON "campaigns_rels" USING btree ("funding_actions_id","locale");
  CREATE INDEX "campaigns_rels_themes_id_idx" ON "campaigns_rels" USING btree ("themes_id","locale");
  CREATE INDEX "_campaigns_v_blocks_hero_order_idx" ON "_campaigns_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_hero_parent_id_idx" ON "_campaigns_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_hero_path_idx" ON "_campaigns_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_hero_locale_idx" ON "_campaigns_v_blocks_hero" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_hero_image_idx" ON "_campaigns_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_campaigns_v_blocks_rich_text_order_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_rich_text_parent_id_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_rich_text_path_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_rich_text_locale_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_media_block_order_idx" ON "_campaigns_v_blocks_media_block" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_media_block_parent_id_idx" ON "_campaigns_v_blocks_media_block" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_media_block_path_idx" ON "_campaigns_v_blocks_media_block" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_media_block_locale_idx" ON "_campaigns_v_blocks_media_block" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_media_block_image_idx" ON "_campaigns_v_blocks_media_block" USING btree ("image_id");
  CREATE INDEX "_campaigns_v_blocks_key_figures_figures_order_idx" ON "_campaigns_v_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_key_figures_figures_parent_id_idx" ON "_campaigns_v_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_key_figures_figures_locale_idx" ON "_campaigns_v_blocks_key_figures_figures" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_key_figures_order_idx" ON "_campaigns_v_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_key_figures_parent_id_idx" ON "_campaigns_v_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_key_figures_path_idx" ON "_campaigns_v_blocks_key_figures" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_key_figures_locale_idx" ON "_campaigns_v_blocks_key_figures" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_featured_practices_order_idx" ON "_campaigns_v_blocks_featured_practices" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_featured_practices_parent_id_idx" ON "_campaigns_v_blocks_featured_practices" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_featured_practices_path_idx" ON "_campaigns_v_blocks_featured_practices" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_featured_practices_locale_idx" ON "_campaigns_v_blocks_featured_practices" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_funding_highlights_order_idx" ON "_campaigns_v_blocks_funding_highlights" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_funding_highlights_parent_id_idx" ON "_campaigns_v_blocks_funding_highlights" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_funding_highlights_path_idx" ON "_campaigns_v_blocks_funding_highlights" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_funding_highlights_locale_idx" ON "_campaigns_v_blocks_funding_highlights" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_event_order_idx" ON "_campaigns_v_blocks_event" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_event_parent_id_idx" ON "_campaigns_v_blocks_event" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_event_path_idx" ON "_campaigns_v_blocks_event" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_event_locale_idx" ON "_campaigns_v_blocks_event" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_event_edition_idx" ON "_campaigns_v_blocks_event" USING btree ("edition_id");
  CREATE INDEX "_campaigns_v_blocks_quote_order_idx" ON "_campaigns_v_blocks_quote" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_quote_parent_id_idx" ON "_campaigns_v_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_quote_path_idx" ON "_campaigns_v_blocks_quote" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_quote_locale_idx" ON "_campaigns_v_blocks_quote" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_quote_image_idx" ON "_campaigns_v_blocks_quote" USING btree ("image_id");
  CREATE INDEX "_campaigns_v_blocks_cta_order_idx" ON "_campaigns_v_blocks_cta" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_cta_parent_id_idx" ON "_campaigns_v_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_cta_path_idx" ON "_campaigns_v_blocks_cta" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_cta_locale_idx" ON "_campaigns_v_blocks_cta" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_newsletter_signup_order_idx" ON "_campaigns_v_blocks_newsletter_signup" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_newsletter_signup_parent_id_idx" ON "_campaigns_v_blocks_newsletter_signup" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_newsletter_signup_path_idx" ON "_campaigns_v_blocks_newsletter_signup" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_newsletter_signup_locale_idx" ON "_campaigns_v_blocks_newsletter_signup" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_faq_items_order_idx" ON "_campaigns_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_faq_items_parent_id_idx" ON "_campaigns_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_faq_items_locale_idx" ON "_campaigns_v_blocks_faq_items" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_faq_order_idx" ON "_campaigns_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_faq_parent_id_idx" ON "_campaigns_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_faq_path_idx" ON "_campaigns_v_blocks_faq" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_faq_locale_idx" ON "_campaigns_v_blocks_faq" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_partners_logos_order_idx" ON "_campaigns_v_blocks_partners_logos" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_partners_logos_parent_id_idx" ON "_campaigns_v_blocks_partners_logos" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_partners_logos_locale_idx" ON "_campaigns_v_blocks_partners_logos" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_partners_logos_logo_idx" ON "_campaigns_v_blocks_partners_logos" USING btree ("logo_id");
  CREATE INDEX "_campaigns_v_blocks_partners_order_idx" ON "_campaigns_v_blocks_partners" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_partners_parent_id_idx" ON "_campaigns_v_blocks_partners" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_partners_path_idx" ON "_campaigns_v_blocks_partners" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_partners_locale_idx" ON "_campaigns_v_blocks_partners" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_version_audiences_order_idx" ON "_campaigns_v_version_audiences" USING btree ("order");
  CREATE INDEX "_campaigns_v_version_audiences_parent_idx" ON "_campaigns_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_regions_order_idx" ON "_campaigns_v_version_regions" USING btree ("order");
  CREATE INDEX "_campaigns_v_version_regions_parent_idx" ON "_campaigns_v_version_regions" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_languages_order_idx" ON "_campaigns_v_version_languages" USING btree ("order");
  CREATE INDEX "_campaigns_v_version_languages_parent_idx" ON "_campaigns_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_meta_version_meta_image_idx" ON "_campaigns_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_campaigns_v_version_version_slug_idx" ON "_campaigns_v" USING btree ("version_slug");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_version_version__status_idx" ON "_campaigns_v" USING btree ("version__status");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_campaigns_v_snapshot_idx" ON "_campaigns_v" USING btree ("snapshot");
  CREATE INDEX "_campaigns_v_published_locale_idx" ON "_campaigns_v" USING btree ("published_locale");
  CREATE INDEX "_campaigns_v_latest_idx" ON "_campaigns_v" USING btree ("latest");
  CREATE INDEX "_campaigns_v_autosave_idx" ON "_campaigns_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_campaigns_v_locales_locale_parent_id_unique" ON "_campaigns_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_rels_order_idx" ON "_campaigns_v_rels" USING btree ("order");
  CREATE INDEX "_campaigns_v_rels_parent_idx" ON "_campaigns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_rels_path_idx" ON "_campaigns_v_rels" USING btree ("path");
  CREATE INDEX "_campaigns_v_rels_locale_idx" ON "_campaigns_v_rels" USING btree ("locale");
  CREATE INDEX "_campaigns_v_rels_practices_id_idx" ON "_campaigns_v_rels" USING btree ("practices_id","locale");
  CREATE INDEX "_campaigns_v_rels_funding_actions_id_idx" ON "_campaigns_v_rels" USING btree ("funding_actions_id","locale");
  CREATE INDEX "_campaigns_v_rels_themes_id_idx" ON "_campaigns_v_rels" USING btree ("themes_id","locale");
  CREATE INDEX "news_authors_order_idx" ON "news_authors" USING btree ("_order");
  CREATE INDEX "news_authors_parent_id_idx" ON "news_authors" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "news_authors_locales_locale_parent_id_unique" ON "news_authors_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_hero_idx" ON "news" USING btree ("hero_id");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_meta_meta_image_idx" ON "news" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_news_categories_id_idx" ON "news_rels" USING btree ("news_categories_id");
  CREATE INDEX "news_rels_practices_id_idx" ON "news_rels" USING btree ("practices_id");
  CREATE INDEX "news_rels_cities_id_idx" ON "news_rels" USING btree ("cities_id");
  CREATE INDEX "news_rels_campaigns_id_idx" ON "news_rels" USING btree ("campaigns_id");
  CREATE INDEX "_news_v_version_authors_order_idx" ON "_news_v_version_authors" USING btree ("_order");
  CREATE INDEX "_news_v_version_authors_parent_id_idx" ON "_news_v_version_authors" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_news_v_version_authors_locales_locale_parent_id_unique" ON "_news_v_version_authors_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_hero_idx" ON "_news_v" USING btree ("version_hero_id");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_meta_version_meta_image_idx" ON "_news_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "_news_v_autosave_idx" ON "_news_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_news_categories_id_idx" ON "_news_v_rels" USING btree ("news_categories_id");
  CREATE INDEX "_news_v_rels_practices_id_idx" ON "_news_v_rels" USING btree ("practices_id");
  CREATE INDEX "_news_v_rels_cities_id_idx" ON "_news_v_rels" USING btree ("cities_id");
  CREATE INDEX "_news_v_rels_campaigns_id_idx" ON "_news_v_rels" USING btree ("campaigns_id");
  CREATE UNIQUE INDEX "news_categories_slug_idx" ON "news_categories" USING btree ("slug");
  CREATE INDEX "news_categories_updated_at_idx" ON "news_categories" USING btree ("updated_at");
  CREATE INDEX "news_categories_created_at_idx" ON "news_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "news_categories_locales_locale_parent_id_unique" ON "news_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "nl_issues_blocks_hero_order_idx" ON "nl_issues_blocks_hero" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_hero_parent_id_idx" ON "nl_issues_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_hero_path_idx" ON "nl_issues_blocks_hero" USING btree ("_path");
  CREATE INDEX "nl_issues_blocks_hero_locale_idx" ON "nl_issues_blocks_hero" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_hero_image_idx" ON "nl_issues_blocks_hero" USING btree ("image_id");
  CREATE INDEX "nl_issues_blocks_rich_text_order_idx" ON "nl_issues_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_rich_text_parent_id_idx" ON "nl_issues_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_rich_text_path_idx" ON "nl_issues_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "nl_issues_blocks_rich_text_locale_idx" ON "nl_issues_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_media_block_order_idx" ON "nl_issues_blocks_media_block" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_media_block_parent_id_idx" ON "nl_issues_blocks_media_block" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_media_block_path_idx" ON "nl_issues_blocks_media_block" USING btree ("_path");
  CREATE INDEX "nl_issues_blocks_media_block_locale_idx" ON "nl_issues_blocks_media_block" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_media_block_image_idx" ON "nl_issues_blocks_media_block" USING btree ("image_id");
  CREATE INDEX "nl_issues_blocks_key_figures_figures_order_idx" ON "nl_issues_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_key_figures_figures_parent_id_idx" ON "nl_issues_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_key_figures_figures_locale_idx" ON "nl_issues_blocks_key_figures_figures" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_key_figures_order_idx" ON "nl_issues_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_key_figures_parent_id_idx" ON "nl_issues_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_key_figures_path_idx" ON "nl_issues_blocks_key_figures" USING btree ("_path");
  CREATE INDEX "nl_issues_blocks_key_figures_locale_idx" ON "nl_issues_blocks_key_figures" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_featured_practices_order_idx" ON "nl_issues_blocks_featured_practices" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_featured_practices_parent_id_idx" ON "nl_issues_blocks_featured_practices" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_featured_practices_path_idx" ON "nl_issues_blocks_featured_practices" USING btree ("_path");
  CREATE INDEX "nl_issues_blocks_featured_practices_locale_idx" ON "nl_issues_blocks_featured_practices" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_funding_highlights_order_idx" ON "nl_issues_blocks_funding_highlights" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_funding_highlights_parent_id_idx" ON "nl_issues_blocks_funding_highlights" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_funding_highlights_path_idx" ON "nl_issues_blocks_funding_highlights" USING btree ("_path");
  CREATE INDEX "nl_issues_blocks_funding_highlights_locale_idx" ON "nl_issues_blocks_funding_highlights" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_event_order_idx" ON "nl_issues_blocks_event" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_event_parent_id_idx" ON "nl_issues_blocks_event" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_event_path_idx" ON "nl_issues_blocks_event" USING btree ("_path");
  CREATE INDEX "nl_issues_blocks_event_locale_idx" ON "nl_issues_blocks_event" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_event_edition_idx" ON "nl_issues_blocks_event" USING btree ("edition_id");
  CREATE INDEX "nl_issues_blocks_quote_order_idx" ON "nl_issues_blocks_quote" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_quote_parent_id_idx" ON "nl_issues_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_quote_path_idx" ON "nl_issues_blocks_quote" USING btree ("_path");
  CREATE INDEX "nl_issues_blocks_quote_locale_idx" ON "nl_issues_blocks_quote" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_quote_image_idx" ON "nl_issues_blocks_quote" USING btree ("image_id");
  CREATE INDEX "nl_issues_blocks_cta_order_idx" ON "nl_issues_blocks_cta" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_cta_parent_id_idx" ON "nl_issues_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_cta_path_idx" ON "nl_issues_blocks_cta" USING btree ("_path");
  CREATE INDEX "nl_issues_blocks_cta_locale_idx" ON "nl_issues_blocks_cta" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_partners_logos_order_idx" ON "nl_issues_blocks_partners_logos" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_partners_logos_parent_id_idx" ON "nl_issues_blocks_partners_logos" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_partners_logos_locale_idx" ON "nl_issues_blocks_partners_logos" USING btree ("_locale");
  CREATE INDEX "nl_issues_blocks_partners_logos_logo_idx" ON "nl_issues_blocks_partners_logos" USING btree ("logo_id");
  CREATE INDEX "nl_issues_blocks_partners_order_idx" ON "nl_issues_blocks_partners" USING btree ("_order");
  CREATE INDEX "nl_issues_blocks_partners_parent_id_idx" ON "nl_issues_blocks_partners" USING btree ("_parent_id");
  CREATE INDEX "nl_issues_blocks_partners_path_idx" ON "nl_issues_blocks_partners" USING btree ("_path");
  CREATE INDEX "nl_issues_blocks_partners_locale_idx" ON "nl_issues_blocks_partners" USING btree ("_locale");
  CREATE INDEX "nl_issues_segment_regions_order_idx" ON "nl_issues_segment_regions" USING btree ("order");
  CREATE INDEX "nl_issues_segment_regions_parent_idx" ON "nl_issues_segment_regions" USING btree ("parent_id");
  CREATE INDEX "nl_issues_segment_locales_order_idx" ON "nl_issues_segment_locales" USING btree ("order");
  CREATE INDEX "nl_issues_segment_locales_parent_idx" ON "nl_issues_segment_locales" USING btree ("parent_id");
  CREATE INDEX "nl_issues_campaign_idx" ON "nl_issues" USING btree ("campaign_id");
  CREATE INDEX "nl_issues_send_status_idx" ON "nl_issues" USING btree ("send_status");
  CREATE INDEX "nl_issues_updated_at_idx" ON "nl_issues" USING btree ("updated_at");
  CREATE INDEX "nl_issues_created_at_idx" ON "nl_issues" USING btree ("created_at");
  CREATE INDEX "nl_issues__status_idx" ON "nl_issues" USING btree ("_status");
  CREATE UNIQUE INDEX "nl_issues_locales_locale_parent_id_unique" ON "nl_issues_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "nl_issues_rels_order_idx" ON "nl_issues_rels" USING btree ("order");
  CREATE INDEX "nl_issues_rels_parent_idx" ON "nl_issues_rels" USING btree ("parent_id");
  CREATE INDEX "nl_issues_rels_path_idx" ON "nl_issues_rels" USING btree ("path");
  CREATE INDEX "nl_issues_rels_locale_idx" ON "nl_issues_rels" USING btree ("locale");
  CREATE INDEX "nl_issues_rels_practices_id_idx" ON "nl_issues_rels" USING btree ("practices_id","locale");
  CREATE INDEX "nl_issues_rels_funding_actions_id_idx" ON "nl_issues_rels" USING btree ("funding_actions_id","locale");
  CREATE INDEX "nl_issues_rels_themes_id_idx" ON "nl_issues_rels" USING btree ("themes_id","locale");
  CREATE INDEX "_nl_issues_v_blocks_hero_order_idx" ON "_nl_issues_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_hero_parent_id_idx" ON "_nl_issues_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_hero_path_idx" ON "_nl_issues_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_nl_issues_v_blocks_hero_locale_idx" ON "_nl_issues_v_blocks_hero" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_hero_image_idx" ON "_nl_issues_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_nl_issues_v_blocks_rich_text_order_idx" ON "_nl_issues_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_rich_text_parent_id_idx" ON "_nl_issues_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_rich_text_path_idx" ON "_nl_issues_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_nl_issues_v_blocks_rich_text_locale_idx" ON "_nl_issues_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_media_block_order_idx" ON "_nl_issues_v_blocks_media_block" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_media_block_parent_id_idx" ON "_nl_issues_v_blocks_media_block" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_media_block_path_idx" ON "_nl_issues_v_blocks_media_block" USING btree ("_path");
  CREATE INDEX "_nl_issues_v_blocks_media_block_locale_idx" ON "_nl_issues_v_blocks_media_block" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_media_block_image_idx" ON "_nl_issues_v_blocks_media_block" USING btree ("image_id");
  CREATE INDEX "_nl_issues_v_blocks_key_figures_figures_order_idx" ON "_nl_issues_v_blocks_key_figures_figures" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_key_figures_figures_parent_id_idx" ON "_nl_issues_v_blocks_key_figures_figures" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_key_figures_figures_locale_idx" ON "_nl_issues_v_blocks_key_figures_figures" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_key_figures_order_idx" ON "_nl_issues_v_blocks_key_figures" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_key_figures_parent_id_idx" ON "_nl_issues_v_blocks_key_figures" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_key_figures_path_idx" ON "_nl_issues_v_blocks_key_figures" USING btree ("_path");
  CREATE INDEX "_nl_issues_v_blocks_key_figures_locale_idx" ON "_nl_issues_v_blocks_key_figures" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_featured_practices_order_idx" ON "_nl_issues_v_blocks_featured_practices" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_featured_practices_parent_id_idx" ON "_nl_issues_v_blocks_featured_practices" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_featured_practices_path_idx" ON "_nl_issues_v_blocks_featured_practices" USING btree ("_path");
  CREATE INDEX "_nl_issues_v_blocks_featured_practices_locale_idx" ON "_nl_issues_v_blocks_featured_practices" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_funding_highlights_order_idx" ON "_nl_issues_v_blocks_funding_highlights" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_funding_highlights_parent_id_idx" ON "_nl_issues_v_blocks_funding_highlights" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_funding_highlights_path_idx" ON "_nl_issues_v_blocks_funding_highlights" USING btree ("_path");
  CREATE INDEX "_nl_issues_v_blocks_funding_highlights_locale_idx" ON "_nl_issues_v_blocks_funding_highlights" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_event_order_idx" ON "_nl_issues_v_blocks_event" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_event_parent_id_idx" ON "_nl_issues_v_blocks_event" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_event_path_idx" ON "_nl_issues_v_blocks_event" USING btree ("_path");
  CREATE INDEX "_nl_issues_v_blocks_event_locale_idx" ON "_nl_issues_v_blocks_event" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_event_edition_idx" ON "_nl_issues_v_blocks_event" USING btree ("edition_id");
  CREATE INDEX "_nl_issues_v_blocks_quote_order_idx" ON "_nl_issues_v_blocks_quote" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_quote_parent_id_idx" ON "_nl_issues_v_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_quote_path_idx" ON "_nl_issues_v_blocks_quote" USING btree ("_path");
  CREATE INDEX "_nl_issues_v_blocks_quote_locale_idx" ON "_nl_issues_v_blocks_quote" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_quote_image_idx" ON "_nl_issues_v_blocks_quote" USING btree ("image_id");
  CREATE INDEX "_nl_issues_v_blocks_cta_order_idx" ON "_nl_issues_v_blocks_cta" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_cta_parent_id_idx" ON "_nl_issues_v_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_cta_path_idx" ON "_nl_issues_v_blocks_cta" USING btree ("_path");
  CREATE INDEX "_nl_issues_v_blocks_cta_locale_idx" ON "_nl_issues_v_blocks_cta" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_partners_logos_order_idx" ON "_nl_issues_v_blocks_partners_logos" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_partners_logos_parent_id_idx" ON "_nl_issues_v_blocks_partners_logos" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_partners_logos_locale_idx" ON "_nl_issues_v_blocks_partners_logos" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_blocks_partners_logos_logo_idx" ON "_nl_issues_v_blocks_partners_logos" USING btree ("logo_id");
  CREATE INDEX "_nl_issues_v_blocks_partners_order_idx" ON "_nl_issues_v_blocks_partners" USING btree ("_order");
  CREATE INDEX "_nl_issues_v_blocks_partners_parent_id_idx" ON "_nl_issues_v_blocks_partners" USING btree ("_parent_id");
  CREATE INDEX "_nl_issues_v_blocks_partners_path_idx" ON "_nl_issues_v_blocks_partners" USING btree ("_path");
  CREATE INDEX "_nl_issues_v_blocks_partners_locale_idx" ON "_nl_issues_v_blocks_partners" USING btree ("_locale");
  CREATE INDEX "_nl_issues_v_version_segment_regions_order_idx" ON "_nl_issues_v_version_segment_regions" USING btree ("order");
  CREATE INDEX "_nl_issues_v_version_segment_regions_parent_idx" ON "_nl_issues_v_version_segment_regions" USING btree ("parent_id");
  CREATE INDEX "_nl_issues_v_version_segment_locales_order_idx" ON "_nl_issues_v_version_segment_locales" USING btree ("order");
  CREATE INDEX "_nl_issues_v_version_segment_locales_parent_idx" ON "_nl_issues_v_version_segment_locales" USING btree ("parent_id");
  CREATE INDEX "_nl_issues_v_parent_idx" ON "_nl_issues_v" USING btree ("parent_id");
  CREATE INDEX "_nl_issues_v_version_version_campaign_idx" ON "_nl_issues_v" USING btree ("version_campaign_id");
  CREATE INDEX "_nl_issues_v_version_version_send_status_idx" ON "_nl_issues_v" USING btree ("version_send_status");
  CREATE INDEX "_nl_issues_v_version_version_updated_at_idx" ON "_nl_issues_v" USING btree ("version_updated_at");
  CREATE INDEX "_nl_issues_v_version_version_created_at_idx" ON "_nl_issues_v" USING btree ("version_created_at");
  CREATE INDEX "_nl_issues_v_version_version__status_idx" ON "_nl_issues_v" USING btree ("version__status");
  CREATE INDEX "_nl_issues_v_created_at_idx" ON "_nl_issues_v" USING btree ("created_at");
  CREATE INDEX "_nl_issues_v_updated_at_idx" ON "_nl_issues_v" USING btree ("updated_at");
  CREATE INDEX "_nl_issues_v_snapshot_idx" ON "_nl_issues_v" USING btree ("snapshot");
  CREATE INDEX "_nl_issues_v_published_locale_idx" ON "_nl_issues_v" USING btree ("published_locale");
  CREATE INDEX "_nl_issues_v_latest_idx" ON "_nl_issues_v" USING btree ("latest");
  CREATE INDEX "_nl_issues_v_autosave_idx" ON "_nl_issues_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_nl_issues_v_locales_locale_parent_id_unique" ON "_nl_issues_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_nl_issues_v_rels_order_idx" ON "_nl_issues_v_rels" USING btree ("order");
  CREATE INDEX "_nl_issues_v_rels_parent_idx" ON "_nl_issues_v_rels" USING btree ("parent_id");
  CREATE INDEX "_nl_issues_v_rels_path_idx" ON "_nl_issues_v_rels" USING btree ("path");
  CREATE INDEX "_nl_issues_v_rels_locale_idx" ON "_nl_issues_v_rels" USING btree ("locale");
  CREATE INDEX "_nl_issues_v_rels_practices_id_idx" ON "_nl_issues_v_rels" USING btree ("practices_id","locale");
  CREATE INDEX "_nl_issues_v_rels_funding_actions_id_idx" ON "_nl_issues_v_rels" USING btree ("funding_actions_id","locale");
  CREATE INDEX "_nl_issues_v_rels_themes_id_idx" ON "_nl_issues_v_rels" USING btree ("themes_id","locale");
  CREATE INDEX "newsletter_deliveries_issue_idx" ON "newsletter_deliveries" USING btree ("issue_id");
  CREATE INDEX "newsletter_deliveries_subscriber_idx" ON "newsletter_deliveries" USING btree ("subscriber_id");
  CREATE INDEX "newsletter_deliveries_updated_at_idx" ON "newsletter_deliveries" USING btree ("updated_at");
  CREATE INDEX "newsletter_deliveries_created_at_idx" ON "newsletter_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "issue_subscriber_idx" ON "newsletter_deliveries" USING btree ("issue_id","subscriber_id");
  CREATE INDEX "issue_batch_status_idx" ON "newsletter_deliveries" USING btree ("issue_id","batch","status");
  CREATE INDEX "subscribers_interests_regions_order_idx" ON "subscribers_interests_regions" USING btree ("order");
  CREATE INDEX "subscribers_interests_regions_parent_idx" ON "subscribers_interests_regions" USING btree ("parent_id");
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_status_idx" ON "subscribers" USING btree ("status");
  CREATE INDEX "subscribers_campaign_idx" ON "subscribers" USING btree ("campaign_id");
  CREATE INDEX "subscribers_confirm_token_hash_idx" ON "subscribers" USING btree ("confirm_token_hash");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "subscribers_rels_order_idx" ON "subscribers_rels" USING btree ("order");
  CREATE INDEX "subscribers_rels_parent_idx" ON "subscribers_rels" USING btree ("parent_id");
  CREATE INDEX "subscribers_rels_path_idx" ON "subscribers_rels" USING btree ("path");
  CREATE INDEX "subscribers_rels_themes_id_idx" ON "subscribers_rels" USING btree ("themes_id");
  CREATE INDEX "campaign_metrics_campaign_idx" ON "campaign_metrics" USING btree ("campaign_id");
  CREATE INDEX "campaign_metrics_updated_at_idx" ON "campaign_metrics" USING btree ("updated_at");
  CREATE INDEX "campaign_metrics_created_at_idx" ON "campaign_metrics" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaign_day_locale_kind_target_idx" ON "campaign_metrics" USING btree ("campaign_id","day","locale","kind","target");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_categories_fk" FOREIGN KEY ("news_categories_id") REFERENCES "public"."news_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_issues_fk" FOREIGN KEY ("nl_issues_id") REFERENCES "public"."nl_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_deliveries_fk" FOREIGN KEY ("newsletter_deliveries_id") REFERENCES "public"."newsletter_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaign_metrics_fk" FOREIGN KEY ("campaign_metrics_id") REFERENCES "public"."campaign_metrics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_news_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("news_categories_id");
  CREATE INDEX "payload_locked_documents_rels_nl_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("nl_issues_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_campaign_metrics_id_idx" ON "payload_locked_documents_rels" USING btree ("campaign_metrics_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_media_block" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_key_figures_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_featured_practices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_funding_highlights" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_event" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_quote" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_cta" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_newsletter_signup" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_faq_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_partners_logos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_partners" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_media_block" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_key_figures_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_featured_practices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_funding_highlights" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_event" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_quote" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_cta" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_newsletter_signup" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_faq_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_partners_logos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_partners" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_authors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_authors_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_version_authors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_version_authors_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_media_block" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_key_figures_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_featured_practices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_funding_highlights" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_event" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_quote" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_cta" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_partners_logos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_blocks_partners" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_segment_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_segment_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "nl_issues_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_media_block" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_key_figures_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_key_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_featured_practices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_funding_highlights" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_event" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_quote" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_cta" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_partners_logos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_blocks_partners" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_version_segment_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_version_segment_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_nl_issues_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_interests_regions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_metrics" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "campaigns_blocks_hero" CASCADE;
  DROP TABLE "campaigns_blocks_rich_text" CASCADE;
  DROP TABLE "campaigns_blocks_media_block" CASCADE;
  DROP TABLE "campaigns_blocks_key_figures_figures" CASCADE;
  DROP TABLE "campaigns_blocks_key_figures" CASCADE;
  DROP TABLE "campaigns_blocks_featured_practices" CASCADE;
  DROP TABLE "campaigns_blocks_funding_highlights" CASCADE;
  DROP TABLE "campaigns_blocks_event" CASCADE;
  DROP TABLE "campaigns_blocks_quote" CASCADE;
  DROP TABLE "campaigns_blocks_cta" CASCADE;
  DROP TABLE "campaigns_blocks_newsletter_signup" CASCADE;
  DROP TABLE "campaigns_blocks_faq_items" CASCADE;
  DROP TABLE "campaigns_blocks_faq" CASCADE;
  DROP TABLE "campaigns_blocks_partners_logos" CASCADE;
  DROP TABLE "campaigns_blocks_partners" CASCADE;
  DROP TABLE "campaigns_audiences" CASCADE;
  DROP TABLE "campaigns_regions" CASCADE;
  DROP TABLE "campaigns_languages" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "_campaigns_v_blocks_hero" CASCADE;
  DROP TABLE "_campaigns_v_blocks_rich_text" CASCADE;
  DROP TABLE "_campaigns_v_blocks_media_block" CASCADE;
  DROP TABLE "_campaigns_v_blocks_key_figures_figures" CASCADE;
  DROP TABLE "_campaigns_v_blocks_key_figures" CASCADE;
  DROP TABLE "_campaigns_v_blocks_featured_practices" CASCADE;
  DROP TABLE "_campaigns_v_blocks_funding_highlights" CASCADE;
  DROP TABLE "_campaigns_v_blocks_event" CASCADE;
  DROP TABLE "_campaigns_v_blocks_quote" CASCADE;
  DROP TABLE "_campaigns_v_blocks_cta" CASCADE;
  DROP TABLE "_campaigns_v_blocks_newsletter_signup" CASCADE;
  DROP TABLE "_campaigns_v_blocks_faq_items" CASCADE;
  DROP TABLE "_campaigns_v_blocks_faq" CASCADE;
  DROP TABLE "_campaigns_v_blocks_partners_logos" CASCADE;
  DROP TABLE "_campaigns_v_blocks_partners" CASCADE;
  DROP TABLE "_campaigns_v_version_audiences" CASCADE;
  DROP TABLE "_campaigns_v_version_regions" CASCADE;
  DROP TABLE "_campaigns_v_version_languages" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "_campaigns_v_locales" CASCADE;
  DROP TABLE "_campaigns_v_rels" CASCADE;
  DROP TABLE "news_authors" CASCADE;
  DROP TABLE "news_authors_locales" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v_version_authors" CASCADE;
  DROP TABLE "_news_v_version_authors_locales" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "news_categories" CASCADE;
  DROP TABLE "news_categories_locales" CASCADE;
  DROP TABLE "nl_issues_blocks_hero" CASCADE;
  DROP TABLE "nl_issues_blocks_rich_text" CASCADE;
  DROP TABLE "nl_issues_blocks_media_block" CASCADE;
  DROP TABLE "nl_issues_blocks_key_figures_figures" CASCADE;
  DROP TABLE "nl_issues_blocks_key_figures" CASCADE;
  DROP TABLE "nl_issues_blocks_featured_practices" CASCADE;
  DROP TABLE "nl_issues_blocks_funding_highlights" CASCADE;
  DROP TABLE "nl_issues_blocks_event" CASCADE;
  DROP TABLE "nl_issues_blocks_quote" CASCADE;
  DROP TABLE "nl_issues_blocks_cta" CASCADE;
  DROP TABLE "nl_issues_blocks_partners_logos" CASCADE;
  DROP TABLE "nl_issues_blocks_partners" CASCADE;
  DROP TABLE "nl_issues_segment_regions" CASCADE;
  DROP TABLE "nl_issues_segment_locales" CASCADE;
  DROP TABLE "nl_issues" CASCADE;
  DROP TABLE "nl_issues_locales" CASCADE;
  DROP TABLE "nl_issues_rels" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_hero" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_rich_text" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_media_block" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_key_figures_figures" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_key_figures" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_featured_practices" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_funding_highlights" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_event" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_quote" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_cta" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_partners_logos" CASCADE;
  DROP TABLE "_nl_issues_v_blocks_partners" CASCADE;
  DROP TABLE "_nl_issues_v_version_segment_regions" CASCADE;
  DROP TABLE "_nl_issues_v_version_segment_locales" CASCADE;
  DROP TABLE "_nl_issues_v" CASCADE;
  DROP TABLE "_nl_issues_v_locales" CASCADE;
  DROP TABLE "_nl_issues_v_rels" CASCADE;
  DROP TABLE "newsletter_deliveries" CASCADE;
  DROP TABLE "subscribers_interests_regions" CASCADE;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "subscribers_rels" CASCADE;
  DROP TABLE "campaign_metrics" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaigns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_news_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_news_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_issues_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_deliveries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaign_metrics_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverEmail', 'deleteUnconfirmedSubmissions', 'remindEvaluators', 'expireEvaluationLabels', 'fundingAlertDigest', 'lapseEventOffer', 'sendEventReminders', 'purgeEventData', 'notifyCommunity', 'sendCommunityDigest', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverEmail', 'deleteUnconfirmedSubmissions', 'remindEvaluators', 'expireEvaluationLabels', 'fundingAlertDigest', 'lapseEventOffer', 'sendEventReminders', 'purgeEventData', 'notifyCommunity', 'sendCommunityDigest', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_campaigns_id_idx";
  DROP INDEX "payload_locked_documents_rels_news_id_idx";
  DROP INDEX "payload_locked_documents_rels_news_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_nl_issues_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_deliveries_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaign_metrics_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "news_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "news_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "nl_issues_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_deliveries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaign_metrics_id";
  DROP TYPE "public"."enum_campaigns_blocks_media_block_kind";
  DROP TYPE "public"."enum_campaigns_blocks_media_block_video_provider";
  DROP TYPE "public"."enum_campaigns_blocks_key_figures_figures_metric";
  DROP TYPE "public"."enum_campaigns_blocks_featured_practices_mode";
  DROP TYPE "public"."enum_campaigns_blocks_funding_highlights_mode";
  DROP TYPE "public"."enum_campaigns_audiences";
  DROP TYPE "public"."enum_campaigns_regions";
  DROP TYPE "public"."enum_campaigns_languages";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum__campaigns_v_blocks_media_block_kind";
  DROP TYPE "public"."enum__campaigns_v_blocks_media_block_video_provider";
  DROP TYPE "public"."enum__campaigns_v_blocks_key_figures_figures_metric";
  DROP TYPE "public"."enum__campaigns_v_blocks_featured_practices_mode";
  DROP TYPE "public"."enum__campaigns_v_blocks_funding_highlights_mode";
  DROP TYPE "public"."enum__campaigns_v_version_audiences";
  DROP TYPE "public"."enum__campaigns_v_version_regions";
  DROP TYPE "public"."enum__campaigns_v_version_languages";
  DROP TYPE "public"."enum__campaigns_v_version_status";
  DROP TYPE "public"."enum__campaigns_v_published_locale";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum_nl_issues_blocks_media_block_kind";
  DROP TYPE "public"."enum_nl_issues_blocks_media_block_video_provider";
  DROP TYPE "public"."enum_nl_issues_blocks_key_figures_figures_metric";
  DROP TYPE "public"."enum_nl_issues_blocks_featured_practices_mode";
  DROP TYPE "public"."enum_nl_issues_blocks_funding_highlights_mode";
  DROP TYPE "public"."enum_nl_issues_segment_regions";
  DROP TYPE "public"."enum_nl_issues_segment_locales";
  DROP TYPE "public"."enum_nl_issues_send_status";
  DROP TYPE "public"."enum_nl_issues_status";
  DROP TYPE "public"."enum__nl_issues_v_blocks_media_block_kind";
  DROP TYPE "public"."enum__nl_issues_v_blocks_media_block_video_provider";
  DROP TYPE "public"."enum__nl_issues_v_blocks_key_figures_figures_metric";
  DROP TYPE "public"."enum__nl_issues_v_blocks_featured_practices_mode";
  DROP TYPE "public"."enum__nl_issues_v_blocks_funding_highlights_mode";
  DROP TYPE "public"."enum__nl_issues_v_version_segment_regions";
  DROP TYPE "public"."enum__nl_issues_v_version_segment_locales";
  DROP TYPE "public"."enum__nl_issues_v_version_send_status";
  DROP TYPE "public"."enum__nl_issues_v_version_status";
  DROP TYPE "public"."enum__nl_issues_v_published_locale";
  DROP TYPE "public"."enum_newsletter_deliveries_status";
  DROP TYPE "public"."enum_subscribers_interests_regions";
  DROP TYPE "public"."enum_subscribers_locale";
  DROP TYPE "public"."enum_subscribers_status";
  DROP TYPE "public"."enum_campaign_metrics_kind";`)
}
