import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_practices_impact_co_benefits" AS ENUM('air_quality', 'health', 'jobs', 'equity', 'biodiversity', 'energy_poverty', 'resilience', 'noise', 'mobility_access', 'local_economy', 'energy_security');
  CREATE TYPE "public"."enum_practices_scale" AS ENUM('neighbourhood', 'city', 'metropolitan', 'regional');
  CREATE TYPE "public"."enum_practices_implementation_status" AS ENUM('planned', 'ongoing', 'completed');
  CREATE TYPE "public"."enum_practices_impact_method" AS ENUM('gpc', 'ghg_protocol', 'iso_14064', 'crf', 'ipcc', 'other');
  CREATE TYPE "public"."enum_practices_impact_verification_level" AS ENUM('self_reported', 'expert_reviewed', 'independently_verified');
  CREATE TYPE "public"."enum_practices_replication_kind" AS ENUM('replicates', 'adapts');
  CREATE TYPE "public"."enum_practices_submission_origin" AS ENUM('editorial', 'public');
  CREATE TYPE "public"."enum_practices_workflow_status" AS ENUM('submitted', 'in_review', 'approved', 'published', 'rejected', 'archived');
  CREATE TYPE "public"."enum_practices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_version_impact_co_benefits" AS ENUM('air_quality', 'health', 'jobs', 'equity', 'biodiversity', 'energy_poverty', 'resilience', 'noise', 'mobility_access', 'local_economy', 'energy_security');
  CREATE TYPE "public"."enum__practices_v_version_scale" AS ENUM('neighbourhood', 'city', 'metropolitan', 'regional');
  CREATE TYPE "public"."enum__practices_v_version_implementation_status" AS ENUM('planned', 'ongoing', 'completed');
  CREATE TYPE "public"."enum__practices_v_version_impact_method" AS ENUM('gpc', 'ghg_protocol', 'iso_14064', 'crf', 'ipcc', 'other');
  CREATE TYPE "public"."enum__practices_v_version_impact_verification_level" AS ENUM('self_reported', 'expert_reviewed', 'independently_verified');
  CREATE TYPE "public"."enum__practices_v_version_replication_kind" AS ENUM('replicates', 'adapts');
  CREATE TYPE "public"."enum__practices_v_version_submission_origin" AS ENUM('editorial', 'public');
  CREATE TYPE "public"."enum__practices_v_version_workflow_status" AS ENUM('submitted', 'in_review', 'approved', 'published', 'rejected', 'archived');
  CREATE TYPE "public"."enum__practices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_published_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_practice_transitions_from" AS ENUM('submitted', 'in_review', 'approved', 'published', 'rejected', 'archived');
  CREATE TYPE "public"."enum_practice_transitions_to" AS ENUM('submitted', 'in_review', 'approved', 'published', 'rejected', 'archived');
  CREATE TYPE "public"."enum_countries_region" AS ENUM('africa', 'americas', 'asia', 'europe', 'oceania');
  CREATE TYPE "public"."enum_countries_subregion" AS ENUM('northern_africa', 'sub_saharan_africa', 'latin_america_caribbean', 'northern_america', 'central_asia', 'eastern_asia', 'south_eastern_asia', 'southern_asia', 'western_asia', 'eastern_europe', 'northern_europe', 'southern_europe', 'western_europe', 'australia_new_zealand', 'melanesia', 'micronesia', 'polynesia');
  CREATE TYPE "public"."enum_cities_networks" AS ENUM('gcom', 'covenant_eu', 'c40', 'iclei', 'eurocities', 'energy_cities', 'climate_alliance', 'race_to_zero', 'resilient_cities', 'uclg');
  CREATE TYPE "public"."enum_themes_kind" AS ENUM('domain', 'enabler');
  CREATE TABLE "practices_implementation_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_implementation_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices_impact_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "practices_impact_evidence_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices_impact_co_benefits" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_impact_co_benefits",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practices_images" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer
  );
  
  CREATE TABLE "practices_images_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer
  );
  
  CREATE TABLE "practices_documents_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices_source_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "practices_source_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"organisation" varchar,
  	"email" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "practices_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "practices_partners_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "practices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"lead_city_id" integer,
  	"scale" "enum_practices_scale",
  	"implementation_status" "enum_practices_implementation_status",
  	"start_year" numeric,
  	"end_year" numeric,
  	"impact_emissions_reduced" numeric,
  	"impact_baseline_year" numeric,
  	"impact_lifetime_years" numeric,
  	"impact_method" "enum_practices_impact_method",
  	"impact_verification_level" "enum_practices_impact_verification_level" DEFAULT 'self_reported',
  	"impact_energy_saved" numeric,
  	"impact_renewable_produced" numeric,
  	"impact_cost_per_tonne" numeric,
  	"budget_amount" numeric,
  	"budget_currency" varchar DEFAULT 'EUR',
  	"looking_for_partners" boolean DEFAULT false,
  	"replicates_id" integer,
  	"replication_kind" "enum_practices_replication_kind" DEFAULT 'replicates',
  	"submission_origin" "enum_practices_submission_origin" DEFAULT 'editorial',
  	"submission_name" varchar,
  	"submission_organisation" varchar,
  	"submission_email" varchar,
  	"submission_city_name" varchar,
  	"submission_country_code" varchar,
  	"submission_locale" varchar,
  	"submission_email_confirmed_at" timestamp(3) with time zone,
  	"meta_image_id" integer,
  	"meta_no_index" boolean DEFAULT false,
  	"slug" varchar,
  	"workflow_status" "enum_practices_workflow_status" DEFAULT 'in_review',
  	"workflow_rejection_reason" varchar,
  	"published_at" timestamp(3) with time zone,
  	"featured" boolean DEFAULT false,
  	"is_demo" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "practices_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"challenge" jsonb,
  	"objectives" jsonb,
  	"solution" jsonb,
  	"implementation_timeline" varchar,
  	"implementation_stakeholders" varchar,
  	"results" jsonb,
  	"success_factors" jsonb,
  	"limiting_factors" jsonb,
  	"replication_guidance" jsonb,
  	"replication_powers" varchar,
  	"replication_budget" varchar,
  	"replication_partners" varchar,
  	"replication_time" varchar,
  	"impact_method_note" varchar,
  	"budget_financing" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "practices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cities_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "_practices_v_version_implementation_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_implementation_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_impact_evidence" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_impact_evidence_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_impact_co_benefits" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_impact_co_benefits",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_images" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_images_locales" (
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_documents_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_source_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_source_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" varchar,
  	"organisation" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_partners_locales" (
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_lead_city_id" integer,
  	"version_scale" "enum__practices_v_version_scale",
  	"version_implementation_status" "enum__practices_v_version_implementation_status",
  	"version_start_year" numeric,
  	"version_end_year" numeric,
  	"version_impact_emissions_reduced" numeric,
  	"version_impact_baseline_year" numeric,
  	"version_impact_lifetime_years" numeric,
  	"version_impact_method" "enum__practices_v_version_impact_method",
  	"version_impact_verification_level" "enum__practices_v_version_impact_verification_level" DEFAULT 'self_reported',
  	"version_impact_energy_saved" numeric,
  	"version_impact_renewable_produced" numeric,
  	"version_impact_cost_per_tonne" numeric,
  	"version_budget_amount" numeric,
  	"version_budget_currency" varchar DEFAULT 'EUR',
  	"version_looking_for_partners" boolean DEFAULT false,
  	"version_replicates_id" integer,
  	"version_replication_kind" "enum__practices_v_version_replication_kind" DEFAULT 'replicates',
  	"version_submission_origin" "enum__practices_v_version_submission_origin" DEFAULT 'editorial',
  	"version_submission_name" varchar,
  	"version_submission_organisation" varchar,
  	"version_submission_email" varchar,
  	"version_submission_city_name" varchar,
  	"version_submission_country_code" varchar,
  	"version_submission_locale" varchar,
  	"version_submission_email_confirmed_at" timestamp(3) with time zone,
  	"version_meta_image_id" integer,
  	"version_meta_no_index" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_workflow_status" "enum__practices_v_version_workflow_status" DEFAULT 'in_review',
  	"version_workflow_rejection_reason" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_featured" boolean DEFAULT false,
  	"version_is_demo" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__practices_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_practices_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_challenge" jsonb,
  	"version_objectives" jsonb,
  	"version_solution" jsonb,
  	"version_implementation_timeline" varchar,
  	"version_implementation_stakeholders" varchar,
  	"version_results" jsonb,
  	"version_success_factors" jsonb,
  	"version_limiting_factors" jsonb,
  	"version_replication_guidance" jsonb,
  	"version_replication_powers" varchar,
  	"version_replication_budget" varchar,
  	"version_replication_partners" varchar,
  	"version_replication_time" varchar,
  	"version_impact_method_note" varchar,
  	"version_budget_financing" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cities_id" integer,
  	"themes_id" integer
  );
  
  CREATE TABLE "practice_transitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"practice_id" integer NOT NULL,
  	"from" "enum_practice_transitions_from",
  	"to" "enum_practice_transitions_to" NOT NULL,
  	"by_id" integer,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "countries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"alpha3" varchar NOT NULL,
  	"numeric" varchar NOT NULL,
  	"region" "enum_countries_region" NOT NULL,
  	"subregion" "enum_countries_subregion",
  	"eu_member" boolean DEFAULT false,
  	"horizon_associated" boolean DEFAULT false,
  	"oda_eligible" boolean DEFAULT false,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "countries_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "cities_networks" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_cities_networks",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "cities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"country_id" integer NOT NULL,
  	"latitude" numeric NOT NULL,
  	"longitude" numeric NOT NULL,
  	"population" numeric,
  	"population_year" numeric,
  	"mission_city" boolean DEFAULT false,
  	"target_year" numeric,
  	"baseline_emissions_tonnes" numeric,
  	"baseline_emissions_year" numeric,
  	"geoname_id" numeric,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cities_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_themes_kind" NOT NULL,
  	"order" numeric DEFAULT 0,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "themes_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "practices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "practice_transitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "countries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "themes_id" integer;
  ALTER TABLE "practices_implementation_steps" ADD CONSTRAINT "practices_implementation_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_implementation_steps_locales" ADD CONSTRAINT "practices_implementation_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_implementation_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_impact_evidence" ADD CONSTRAINT "practices_impact_evidence_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_impact_evidence" ADD CONSTRAINT "practices_impact_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_impact_evidence_locales" ADD CONSTRAINT "practices_impact_evidence_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_impact_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_impact_co_benefits" ADD CONSTRAINT "practices_impact_co_benefits_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_images" ADD CONSTRAINT "practices_images_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_images" ADD CONSTRAINT "practices_images_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_images_locales" ADD CONSTRAINT "practices_images_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_documents" ADD CONSTRAINT "practices_documents_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_documents" ADD CONSTRAINT "practices_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_documents_locales" ADD CONSTRAINT "practices_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_source_links" ADD CONSTRAINT "practices_source_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_source_links_locales" ADD CONSTRAINT "practices_source_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_source_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_contacts" ADD CONSTRAINT "practices_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_partners" ADD CONSTRAINT "practices_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_partners_locales" ADD CONSTRAINT "practices_partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_lead_city_id_cities_id_fk" FOREIGN KEY ("lead_city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_replicates_id_practices_id_fk" FOREIGN KEY ("replicates_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_locales" ADD CONSTRAINT "practices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_cities_fk" FOREIGN KEY ("cities_id") REFERENCES "public"."cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_implementation_steps" ADD CONSTRAINT "_practices_v_version_implementation_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_implementation_steps_locales" ADD CONSTRAINT "_practices_v_version_implementation_steps_locales_parent__fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_implementation_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_impact_evidence" ADD CONSTRAINT "_practices_v_version_impact_evidence_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_version_impact_evidence" ADD CONSTRAINT "_practices_v_version_impact_evidence_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_impact_evidence_locales" ADD CONSTRAINT "_practices_v_version_impact_evidence_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_impact_evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_impact_co_benefits" ADD CONSTRAINT "_practices_v_version_impact_co_benefits_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_images" ADD CONSTRAINT "_practices_v_version_images_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_version_images" ADD CONSTRAINT "_practices_v_version_images_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_images_locales" ADD CONSTRAINT "_practices_v_version_images_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_documents" ADD CONSTRAINT "_practices_v_version_documents_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_version_documents" ADD CONSTRAINT "_practices_v_version_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_documents_locales" ADD CONSTRAINT "_practices_v_version_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_source_links" ADD CONSTRAINT "_practices_v_version_source_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_source_links_locales" ADD CONSTRAINT "_practices_v_version_source_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_source_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_contacts" ADD CONSTRAINT "_practices_v_version_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_partners" ADD CONSTRAINT "_practices_v_version_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_partners_locales" ADD CONSTRAINT "_practices_v_version_partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v_version_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_parent_id_practices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_lead_city_id_cities_id_fk" FOREIGN KEY ("version_lead_city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_replicates_id_practices_id_fk" FOREIGN KEY ("version_replicates_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_locales" ADD CONSTRAINT "_practices_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_cities_fk" FOREIGN KEY ("cities_id") REFERENCES "public"."cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practice_transitions" ADD CONSTRAINT "practice_transitions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practice_transitions" ADD CONSTRAINT "practice_transitions_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "countries_locales" ADD CONSTRAINT "countries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cities_networks" ADD CONSTRAINT "cities_networks_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cities" ADD CONSTRAINT "cities_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cities_locales" ADD CONSTRAINT "cities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "themes_locales" ADD CONSTRAINT "themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_implementation_steps_order_idx" ON "practices_implementation_steps" USING btree ("_order");
  CREATE INDEX "practices_implementation_steps_parent_id_idx" ON "practices_implementation_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practices_implementation_steps_locales_locale_parent_id_uniq" ON "practices_implementation_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_impact_evidence_order_idx" ON "practices_impact_evidence" USING btree ("_order");
  CREATE INDEX "practices_impact_evidence_parent_id_idx" ON "practices_impact_evidence" USING btree ("_parent_id");
  CREATE INDEX "practices_impact_evidence_file_idx" ON "practices_impact_evidence" USING btree ("file_id");
  CREATE UNIQUE INDEX "practices_impact_evidence_locales_locale_parent_id_unique" ON "practices_impact_evidence_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_impact_co_benefits_order_idx" ON "practices_impact_co_benefits" USING btree ("order");
  CREATE INDEX "practices_impact_co_benefits_parent_idx" ON "practices_impact_co_benefits" USING btree ("parent_id");
  CREATE INDEX "practices_images_order_idx" ON "practices_images" USING btree ("_order");
  CREATE INDEX "practices_images_parent_id_idx" ON "practices_images" USING btree ("_parent_id");
  CREATE INDEX "practices_images_image_idx" ON "practices_images" USING btree ("image_id");
  CREATE UNIQUE INDEX "practices_images_locales_locale_parent_id_unique" ON "practices_images_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_documents_order_idx" ON "practices_documents" USING btree ("_order");
  CREATE INDEX "practices_documents_parent_id_idx" ON "practices_documents" USING btree ("_parent_id");
  CREATE INDEX "practices_documents_file_idx" ON "practices_documents" USING btree ("file_id");
  CREATE UNIQUE INDEX "practices_documents_locales_locale_parent_id_unique" ON "practices_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_source_links_order_idx" ON "practices_source_links" USING btree ("_order");
  CREATE INDEX "practices_source_links_parent_id_idx" ON "practices_source_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practices_source_links_locales_locale_parent_id_unique" ON "practices_source_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_contacts_order_idx" ON "practices_contacts" USING btree ("_order");
  CREATE INDEX "practices_contacts_parent_id_idx" ON "practices_contacts" USING btree ("_parent_id");
  CREATE INDEX "practices_partners_order_idx" ON "practices_partners" USING btree ("_order");
  CREATE INDEX "practices_partners_parent_id_idx" ON "practices_partners" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practices_partners_locales_locale_parent_id_unique" ON "practices_partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_lead_city_idx" ON "practices" USING btree ("lead_city_id");
  CREATE INDEX "practices_implementation_status_idx" ON "practices" USING btree ("implementation_status");
  CREATE INDEX "practices_impact_impact_emissions_reduced_idx" ON "practices" USING btree ("impact_emissions_reduced");
  CREATE INDEX "practices_impact_impact_verification_level_idx" ON "practices" USING btree ("impact_verification_level");
  CREATE INDEX "practices_looking_for_partners_idx" ON "practices" USING btree ("looking_for_partners");
  CREATE INDEX "practices_replicates_idx" ON "practices" USING btree ("replicates_id");
  CREATE INDEX "practices_submission_submission_origin_idx" ON "practices" USING btree ("submission_origin");
  CREATE INDEX "practices_submission_submission_email_confirmed_at_idx" ON "practices" USING btree ("submission_email_confirmed_at");
  CREATE INDEX "practices_meta_meta_image_idx" ON "practices" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "practices_slug_idx" ON "practices" USING btree ("slug");
  CREATE INDEX "practices_workflow_status_idx" ON "practices" USING btree ("workflow_status");
  CREATE INDEX "practices_published_at_idx" ON "practices" USING btree ("published_at");
  CREATE INDEX "practices_is_demo_idx" ON "practices" USING btree ("is_demo");
  CREATE INDEX "practices_updated_at_idx" ON "practices" USING btree ("updated_at");
  CREATE INDEX "practices_created_at_idx" ON "practices" USING btree ("created_at");
  CREATE INDEX "practices__status_idx" ON "practices" USING btree ("_status");
  CREATE UNIQUE INDEX "practices_locales_locale_parent_id_unique" ON "practices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practices_rels_order_idx" ON "practices_rels" USING btree ("order");
  CREATE INDEX "practices_rels_parent_idx" ON "practices_rels" USING btree ("parent_id");
  CREATE INDEX "practices_rels_path_idx" ON "practices_rels" USING btree ("path");
  CREATE INDEX "practices_rels_cities_id_idx" ON "practices_rels" USING btree ("cities_id");
  CREATE INDEX "practices_rels_themes_id_idx" ON "practices_rels" USING btree ("themes_id");
  CREATE INDEX "_practices_v_version_implementation_steps_order_idx" ON "_practices_v_version_implementation_steps" USING btree ("_order");
  CREATE INDEX "_practices_v_version_implementation_steps_parent_id_idx" ON "_practices_v_version_implementation_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_practices_v_version_implementation_steps_locales_locale_par" ON "_practices_v_version_implementation_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_version_impact_evidence_order_idx" ON "_practices_v_version_impact_evidence" USING btree ("_order");
  CREATE INDEX "_practices_v_version_impact_evidence_parent_id_idx" ON "_practices_v_version_impact_evidence" USING btree ("_parent_id");
  CREATE INDEX "_practices_v_version_impact_evidence_file_idx" ON "_practices_v_version_impact_evidence" USING btree ("file_id");
  CREATE UNIQUE INDEX "_practices_v_version_impact_evidence_locales_locale_parent_i" ON "_practices_v_version_impact_evidence_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_version_impact_co_benefits_order_idx" ON "_practices_v_version_impact_co_benefits" USING btree ("order");
  CREATE INDEX "_practices_v_version_impact_co_benefits_parent_idx" ON "_practices_v_version_impact_co_benefits" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_images_order_idx" ON "_practices_v_version_images" USING btree ("_order");
  CREATE INDEX "_practices_v_version_images_parent_id_idx" ON "_practices_v_version_images" USING btree ("_parent_id");
  CREATE INDEX "_practices_v_version_images_image_idx" ON "_practices_v_version_images" USING btree ("image_id");
  CREATE UNIQUE INDEX "_practices_v_version_images_locales_locale_parent_id_unique" ON "_practices_v_version_images_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_version_documents_order_idx" ON "_practices_v_version_documents" USING btree ("_order");
  CREATE INDEX "_practices_v_version_documents_parent_id_idx" ON "_practices_v_version_documents" USING btree ("_parent_id");
  CREATE INDEX "_practices_v_version_documents_file_idx" ON "_practices_v_version_documents" USING btree ("file_id");
  CREATE UNIQUE INDEX "_practices_v_version_documents_locales_locale_parent_id_uniq" ON "_practices_v_version_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_version_source_links_order_idx" ON "_practices_v_version_source_links" USING btree ("_order");
  CREATE INDEX "_practices_v_version_source_links_parent_id_idx" ON "_practices_v_version_source_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_practices_v_version_source_links_locales_locale_parent_id_u" ON "_practices_v_version_source_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_version_contacts_order_idx" ON "_practices_v_version_contacts" USING btree ("_order");
  CREATE INDEX "_practices_v_version_contacts_parent_id_idx" ON "_practices_v_version_contacts" USING btree ("_parent_id");
  CREATE INDEX "_practices_v_version_partners_order_idx" ON "_practices_v_version_partners" USING btree ("_order");
  CREATE INDEX "_practices_v_version_partners_parent_id_idx" ON "_practices_v_version_partners" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_practices_v_version_partners_locales_locale_parent_id_uniqu" ON "_practices_v_version_partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_parent_idx" ON "_practices_v" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_version_lead_city_idx" ON "_practices_v" USING btree ("version_lead_city_id");
  CREATE INDEX "_practices_v_version_version_implementation_status_idx" ON "_practices_v" USING btree ("version_implementation_status");
  CREATE INDEX "_practices_v_version_impact_version_impact_emissions_red_idx" ON "_practices_v" USING btree ("version_impact_emissions_reduced");
  CREATE INDEX "_practices_v_version_impact_version_impact_verification__idx" ON "_practices_v" USING btree ("version_impact_verification_level");
  CREATE INDEX "_practices_v_version_version_looking_for_partners_idx" ON "_practices_v" USING btree ("version_looking_for_partners");
  CREATE INDEX "_practices_v_version_version_replicates_idx" ON "_practices_v" USING btree ("version_replicates_id");
  CREATE INDEX "_practices_v_version_submission_version_submission_origi_idx" ON "_practices_v" USING btree ("version_submission_origin");
  CREATE INDEX "_practices_v_version_submission_version_submission_email_idx" ON "_practices_v" USING btree ("version_submission_email_confirmed_at");
  CREATE INDEX "_practices_v_version_meta_version_meta_image_idx" ON "_practices_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_practices_v_version_version_slug_idx" ON "_practices_v" USING btree ("version_slug");
  CREATE INDEX "_practices_v_version_version_workflow_status_idx" ON "_practices_v" USING btree ("version_workflow_status");
  CREATE INDEX "_practices_v_version_version_published_at_idx" ON "_practices_v" USING btree ("version_published_at");
  CREATE INDEX "_practices_v_version_version_is_demo_idx" ON "_practices_v" USING btree ("version_is_demo");
  CREATE INDEX "_practices_v_version_version_updated_at_idx" ON "_practices_v" USING btree ("version_updated_at");
  CREATE INDEX "_practices_v_version_version_created_at_idx" ON "_practices_v" USING btree ("version_created_at");
  CREATE INDEX "_practices_v_version_version__status_idx" ON "_practices_v" USING btree ("version__status");
  CREATE INDEX "_practices_v_created_at_idx" ON "_practices_v" USING btree ("created_at");
  CREATE INDEX "_practices_v_updated_at_idx" ON "_practices_v" USING btree ("updated_at");
  CREATE INDEX "_practices_v_snapshot_idx" ON "_practices_v" USING btree ("snapshot");
  CREATE INDEX "_practices_v_published_locale_idx" ON "_practices_v" USING btree ("published_locale");
  CREATE INDEX "_practices_v_latest_idx" ON "_practices_v" USING btree ("latest");
  CREATE INDEX "_practices_v_autosave_idx" ON "_practices_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_practices_v_locales_locale_parent_id_unique" ON "_practices_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practices_v_rels_order_idx" ON "_practices_v_rels" USING btree ("order");
  CREATE INDEX "_practices_v_rels_parent_idx" ON "_practices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_practices_v_rels_path_idx" ON "_practices_v_rels" USING btree ("path");
  CREATE INDEX "_practices_v_rels_cities_id_idx" ON "_practices_v_rels" USING btree ("cities_id");
  CREATE INDEX "_practices_v_rels_themes_id_idx" ON "_practices_v_rels" USING btree ("themes_id");
  CREATE INDEX "practice_transitions_practice_idx" ON "practice_transitions" USING btree ("practice_id");
  CREATE INDEX "practice_transitions_by_idx" ON "practice_transitions" USING btree ("by_id");
  CREATE INDEX "practice_transitions_updated_at_idx" ON "practice_transitions" USING btree ("updated_at");
  CREATE INDEX "practice_transitions_created_at_idx" ON "practice_transitions" USING btree ("created_at");
  CREATE UNIQUE INDEX "countries_code_idx" ON "countries" USING btree ("code");
  CREATE UNIQUE INDEX "countries_alpha3_idx" ON "countries" USING btree ("alpha3");
  CREATE INDEX "countries_region_idx" ON "countries" USING btree ("region");
  CREATE INDEX "countries_subregion_idx" ON "countries" USING btree ("subregion");
  CREATE INDEX "countries_eu_member_idx" ON "countries" USING btree ("eu_member");
  CREATE INDEX "countries_horizon_associated_idx" ON "countries" USING btree ("horizon_associated");
  CREATE INDEX "countries_oda_eligible_idx" ON "countries" USING btree ("oda_eligible");
  CREATE UNIQUE INDEX "countries_slug_idx" ON "countries" USING btree ("slug");
  CREATE INDEX "countries_updated_at_idx" ON "countries" USING btree ("updated_at");
  CREATE INDEX "countries_created_at_idx" ON "countries" USING btree ("created_at");
  CREATE UNIQUE INDEX "countries_locales_locale_parent_id_unique" ON "countries_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "cities_networks_order_idx" ON "cities_networks" USING btree ("order");
  CREATE INDEX "cities_networks_parent_idx" ON "cities_networks" USING btree ("parent_id");
  CREATE INDEX "cities_country_idx" ON "cities" USING btree ("country_id");
  CREATE INDEX "cities_population_idx" ON "cities" USING btree ("population");
  CREATE INDEX "cities_mission_city_idx" ON "cities" USING btree ("mission_city");
  CREATE INDEX "cities_geoname_id_idx" ON "cities" USING btree ("geoname_id");
  CREATE UNIQUE INDEX "cities_slug_idx" ON "cities" USING btree ("slug");
  CREATE INDEX "cities_updated_at_idx" ON "cities" USING btree ("updated_at");
  CREATE INDEX "cities_created_at_idx" ON "cities" USING btree ("created_at");
  CREATE UNIQUE INDEX "cities_locales_locale_parent_id_unique" ON "cities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "themes_kind_idx" ON "themes" USING btree ("kind");
  CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE UNIQUE INDEX "themes_locales_locale_parent_id_unique" ON "themes_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practice_transitions_fk" FOREIGN KEY ("practice_transitions_id") REFERENCES "public"."practice_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cities_fk" FOREIGN KEY ("cities_id") REFERENCES "public"."cities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_practices_id_idx" ON "payload_locked_documents_rels" USING btree ("practices_id");
  CREATE INDEX "payload_locked_documents_rels_practice_transitions_id_idx" ON "payload_locked_documents_rels" USING btree ("practice_transitions_id");
  CREATE INDEX "payload_locked_documents_rels_countries_id_idx" ON "payload_locked_documents_rels" USING btree ("countries_id");
  CREATE INDEX "payload_locked_documents_rels_cities_id_idx" ON "payload_locked_documents_rels" USING btree ("cities_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices_implementation_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_implementation_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_impact_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_impact_evidence_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_impact_co_benefits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_images" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_images_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_documents_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_source_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_source_links_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_partners" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_partners_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practices_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_implementation_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_implementation_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_impact_evidence" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_impact_evidence_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_impact_co_benefits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_images" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_images_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_documents_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_source_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_source_links_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_partners" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_version_partners_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_practices_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "practice_transitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "countries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "countries_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cities_networks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cities_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "themes_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "practices_implementation_steps" CASCADE;
  DROP TABLE "practices_implementation_steps_locales" CASCADE;
  DROP TABLE "practices_impact_evidence" CASCADE;
  DROP TABLE "practices_impact_evidence_locales" CASCADE;
  DROP TABLE "practices_impact_co_benefits" CASCADE;
  DROP TABLE "practices_images" CASCADE;
  DROP TABLE "practices_images_locales" CASCADE;
  DROP TABLE "practices_documents" CASCADE;
  DROP TABLE "practices_documents_locales" CASCADE;
  DROP TABLE "practices_source_links" CASCADE;
  DROP TABLE "practices_source_links_locales" CASCADE;
  DROP TABLE "practices_contacts" CASCADE;
  DROP TABLE "practices_partners" CASCADE;
  DROP TABLE "practices_partners_locales" CASCADE;
  DROP TABLE "practices" CASCADE;
  DROP TABLE "practices_locales" CASCADE;
  DROP TABLE "practices_rels" CASCADE;
  DROP TABLE "_practices_v_version_implementation_steps" CASCADE;
  DROP TABLE "_practices_v_version_implementation_steps_locales" CASCADE;
  DROP TABLE "_practices_v_version_impact_evidence" CASCADE;
  DROP TABLE "_practices_v_version_impact_evidence_locales" CASCADE;
  DROP TABLE "_practices_v_version_impact_co_benefits" CASCADE;
  DROP TABLE "_practices_v_version_images" CASCADE;
  DROP TABLE "_practices_v_version_images_locales" CASCADE;
  DROP TABLE "_practices_v_version_documents" CASCADE;
  DROP TABLE "_practices_v_version_documents_locales" CASCADE;
  DROP TABLE "_practices_v_version_source_links" CASCADE;
  DROP TABLE "_practices_v_version_source_links_locales" CASCADE;
  DROP TABLE "_practices_v_version_contacts" CASCADE;
  DROP TABLE "_practices_v_version_partners" CASCADE;
  DROP TABLE "_practices_v_version_partners_locales" CASCADE;
  DROP TABLE "_practices_v" CASCADE;
  DROP TABLE "_practices_v_locales" CASCADE;
  DROP TABLE "_practices_v_rels" CASCADE;
  DROP TABLE "practice_transitions" CASCADE;
  DROP TABLE "countries" CASCADE;
  DROP TABLE "countries_locales" CASCADE;
  DROP TABLE "cities_networks" CASCADE;
  DROP TABLE "cities" CASCADE;
  DROP TABLE "cities_locales" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "themes_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_practices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_practice_transitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_countries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_themes_fk";
  
  DROP INDEX "payload_locked_documents_rels_practices_id_idx";
  DROP INDEX "payload_locked_documents_rels_practice_transitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_countries_id_idx";
  DROP INDEX "payload_locked_documents_rels_cities_id_idx";
  DROP INDEX "payload_locked_documents_rels_themes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "practices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "practice_transitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "countries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "themes_id";
  DROP TYPE "public"."enum_practices_impact_co_benefits";
  DROP TYPE "public"."enum_practices_scale";
  DROP TYPE "public"."enum_practices_implementation_status";
  DROP TYPE "public"."enum_practices_impact_method";
  DROP TYPE "public"."enum_practices_impact_verification_level";
  DROP TYPE "public"."enum_practices_replication_kind";
  DROP TYPE "public"."enum_practices_submission_origin";
  DROP TYPE "public"."enum_practices_workflow_status";
  DROP TYPE "public"."enum_practices_status";
  DROP TYPE "public"."enum__practices_v_version_impact_co_benefits";
  DROP TYPE "public"."enum__practices_v_version_scale";
  DROP TYPE "public"."enum__practices_v_version_implementation_status";
  DROP TYPE "public"."enum__practices_v_version_impact_method";
  DROP TYPE "public"."enum__practices_v_version_impact_verification_level";
  DROP TYPE "public"."enum__practices_v_version_replication_kind";
  DROP TYPE "public"."enum__practices_v_version_submission_origin";
  DROP TYPE "public"."enum__practices_v_version_workflow_status";
  DROP TYPE "public"."enum__practices_v_version_status";
  DROP TYPE "public"."enum__practices_v_published_locale";
  DROP TYPE "public"."enum_practice_transitions_from";
  DROP TYPE "public"."enum_practice_transitions_to";
  DROP TYPE "public"."enum_countries_region";
  DROP TYPE "public"."enum_countries_subregion";
  DROP TYPE "public"."enum_cities_networks";
  DROP TYPE "public"."enum_themes_kind";`)
}
