import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (Payload's schema is unchanged). Indexes for "what can this city apply for?": the
 * eligible actions of a city are those open worldwide (no country and no region listed), those that
 * list its country, and those that list its region. A bitmap OR of these three indexes reads only
 * those rows instead of testing every published action, when the eligibility condition is written
 * so they apply: `eligible_country_ids @> ARRAY[id]` and `eligible_regions @> ARRAY[region]`
 * (an `= ANY (…)` test cannot use a GIN index), and the worldwide test exactly as the partial
 * index's predicate.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "funding_facets_worldwide_idx" ON "funding_facets" USING btree ("closes_at")
    WHERE cardinality("eligible_country_ids") = 0 AND cardinality("eligible_regions") = 0;
  CREATE INDEX IF NOT EXISTS "funding_facets_eligible_country_ids_idx" ON "funding_facets" USING gin ("eligible_country_ids");
  CREATE INDEX IF NOT EXISTS "funding_facets_eligible_regions_idx" ON "funding_facets" USING gin ("eligible_regions");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "funding_facets_eligible_regions_idx";
  DROP INDEX IF EXISTS "funding_facets_eligible_country_ids_idx";
  DROP INDEX IF EXISTS "funding_facets_worldwide_idx";`)
}
