import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "member_id" integer;
  ALTER TABLE "media" ADD CONSTRAINT "media_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_member_idx" ON "media" USING btree ("member_id");`)
  // Photos uploaded before this migration: a member's photo is the media row her profile points to.
  await db.execute(sql`
  UPDATE "media" SET "member_id" = "members"."id" FROM "members" WHERE "members"."photo_id" = "media"."id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP CONSTRAINT "media_member_id_members_id_fk";
  
  DROP INDEX "media_member_idx";
  ALTER TABLE "media" DROP COLUMN "member_id";`)
}
