import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (Payload's schema is unchanged). The published funding actions as the portal asks
 * for them: one funding_facets row per action with its facet values and eligibility rules as
 * arrays (so "what can my city apply for?" is one scan of one narrow table), and one
 * funding_search row per action and locale with its text as a tsvector. Kept in step with the live
 * tables by src/lib/funding/index/syncFunding.ts; the rows go with their action (ON DELETE CASCADE).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "funding_facets" (
    "action_id" integer PRIMARY KEY REFERENCES "funding_actions"("id") ON DELETE CASCADE,
    "slug" varchar NOT NULL,
    "level" varchar,
    "direction" varchar,
    "instruments" varchar[] NOT NULL DEFAULT '{}',
    "theme_ids" integer[] NOT NULL DEFAULT '{}',
    "provider_ids" integer[] NOT NULL DEFAULT '{}',
    "provider_country_id" integer,
    "eligible_country_ids" integer[] NOT NULL DEFAULT '{}',
    "eligible_regions" varchar[] NOT NULL DEFAULT '{}',
    "country_scope" varchar NOT NULL DEFAULT 'any',
    "applicant_types" varchar[] NOT NULL DEFAULT '{}',
    "min_population" numeric,
    "opens_at" timestamp(3) with time zone,
    "closes_at" timestamp(3) with time zone,
    "rolling" boolean NOT NULL DEFAULT false,
    "published_at" timestamp(3) with time zone,
    "last_verified_at" timestamp(3) with time zone,
    "is_demo" boolean NOT NULL DEFAULT false
  );
  CREATE INDEX IF NOT EXISTS "funding_facets_closes_at_idx" ON "funding_facets" USING btree ("closes_at");
  CREATE INDEX IF NOT EXISTS "funding_facets_published_at_idx" ON "funding_facets" USING btree ("published_at" DESC);
  CREATE TABLE IF NOT EXISTS "funding_search" (
    "action_id" integer NOT NULL REFERENCES "funding_actions"("id") ON DELETE CASCADE,
    "locale" varchar NOT NULL,
    "title" varchar NOT NULL,
    "document" tsvector NOT NULL,
    PRIMARY KEY ("action_id", "locale")
  );
  CREATE INDEX IF NOT EXISTS "funding_search_document_idx" ON "funding_search" USING gin ("document");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "funding_search";
  DROP TABLE IF EXISTS "funding_facets";`)
}
