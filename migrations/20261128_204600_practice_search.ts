import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search and facet tables for the practice repository, kept in step by the practices' hooks
 * (src/lib/practices/searchIndex.ts). They hold published practices only, so nothing unpublished
 * can surface through search, facet counts or the map. Also the rate-limit counters of public forms.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE EXTENSION IF NOT EXISTS unaccent;

  CREATE TABLE IF NOT EXISTS "practice_search" (
    "practice_id" integer NOT NULL REFERENCES "practices"("id") ON DELETE CASCADE,
    "locale" varchar(8) NOT NULL,
    "title" text NOT NULL,
    "fuzzy" text NOT NULL,
    "document" tsvector NOT NULL,
    PRIMARY KEY ("practice_id", "locale")
  );
  CREATE INDEX IF NOT EXISTS "practice_search_document_idx" ON "practice_search" USING gin ("document");
  CREATE INDEX IF NOT EXISTS "practice_search_fuzzy_trgm_idx" ON "practice_search" USING gin ("fuzzy" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "practice_search_locale_idx" ON "practice_search" USING btree ("locale");

  CREATE TABLE IF NOT EXISTS "practice_facets" (
    "practice_id" integer PRIMARY KEY REFERENCES "practices"("id") ON DELETE CASCADE,
    "theme_ids" integer[] NOT NULL DEFAULT '{}',
    "region" varchar,
    "subregion" varchar,
    "country_id" integer,
    "city_id" integer,
    "population_band" varchar,
    "mission_city" boolean NOT NULL DEFAULT false,
    "verification_level" varchar,
    "implementation_status" varchar,
    "start_year" integer,
    "end_year" integer,
    "emissions_reduced" numeric,
    "published_at" timestamptz
  );
  CREATE INDEX IF NOT EXISTS "practice_facets_theme_ids_idx" ON "practice_facets" USING gin ("theme_ids");
  CREATE INDEX IF NOT EXISTS "practice_facets_region_idx" ON "practice_facets" USING btree ("region");
  CREATE INDEX IF NOT EXISTS "practice_facets_country_idx" ON "practice_facets" USING btree ("country_id");
  CREATE INDEX IF NOT EXISTS "practice_facets_city_idx" ON "practice_facets" USING btree ("city_id");
  CREATE INDEX IF NOT EXISTS "practice_facets_published_idx" ON "practice_facets" USING btree ("published_at" DESC);
  CREATE INDEX IF NOT EXISTS "practice_facets_emissions_idx" ON "practice_facets" USING btree ("emissions_reduced" DESC NULLS LAST);

  CREATE TABLE IF NOT EXISTS "rate_limit_hits" (
    "key" varchar(200) NOT NULL,
    "window_start" timestamptz NOT NULL,
    "hits" integer NOT NULL DEFAULT 0,
    PRIMARY KEY ("key", "window_start")
  );
  CREATE INDEX IF NOT EXISTS "rate_limit_hits_window_idx" ON "rate_limit_hits" USING btree ("window_start");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "rate_limit_hits";
  DROP TABLE IF EXISTS "practice_facets";
  DROP TABLE IF EXISTS "practice_search";
  `)
}
