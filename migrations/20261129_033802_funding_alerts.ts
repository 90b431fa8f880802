import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_funding_alerts_locale" AS ENUM('en', 'fr', 'es', 'pt');
  CREATE TYPE "public"."enum_funding_alerts_status" AS ENUM('pending', 'confirmed', 'unsubscribed');
  CREATE TABLE "funding_alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" "enum_funding_alerts_locale" NOT NULL,
  	"query" varchar DEFAULT '',
  	"status" "enum_funding_alerts_status" DEFAULT 'pending' NOT NULL,
  	"consent_at" timestamp(3) with time zone,
  	"consent_text_version" varchar,
  	"consent_source" varchar,
  	"confirm_token_hash" varchar,
  	"confirm_expires_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"last_digest_at" timestamp(3) with time zone,
  	"digest_period" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "funding_alerts_id" integer;
  CREATE INDEX "funding_alerts_email_idx" ON "funding_alerts" USING btree ("email");
  CREATE INDEX "funding_alerts_status_idx" ON "funding_alerts" USING btree ("status");
  CREATE INDEX "funding_alerts_confirm_token_hash_idx" ON "funding_alerts" USING btree ("confirm_token_hash");
  CREATE INDEX "funding_alerts_digest_period_idx" ON "funding_alerts" USING btree ("digest_period");
  CREATE INDEX "funding_alerts_updated_at_idx" ON "funding_alerts" USING btree ("updated_at");
  CREATE INDEX "funding_alerts_created_at_idx" ON "funding_alerts" USING btree ("created_at");
  CREATE UNIQUE INDEX "email_query_idx" ON "funding_alerts" USING btree ("email","query");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_funding_alerts_fk" FOREIGN KEY ("funding_alerts_id") REFERENCES "public"."funding_alerts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_funding_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("funding_alerts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "funding_alerts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "funding_alerts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_funding_alerts_fk";
  
  DROP INDEX "payload_locked_documents_rels_funding_alerts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "funding_alerts_id";
  DROP TYPE "public"."enum_funding_alerts_locale";
  DROP TYPE "public"."enum_funding_alerts_status";`)
}
