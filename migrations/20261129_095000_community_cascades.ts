import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Rows that mean nothing without their post, member or space go with it: a deleted thread takes its
 * replies, and flags, follows and notifications of a deleted post, member or space are deleted
 * (Payload's default, SET NULL, failed on these NOT NULL columns or left replies looking like threads).
 */
const cascades: Array<[table: string, column: string, target: string]> = [
  ['community_posts', 'thread_id', 'community_posts'],
  ['community_flags', 'post_id', 'community_posts'],
  ['community_follows', 'member_id', 'members'],
  ['community_follows', 'thread_id', 'community_posts'],
  ['community_follows', 'space_id', 'community_spaces'],
  ['community_notifications', 'member_id', 'members'],
  ['community_notifications', 'post_id', 'community_posts'],
]

const constraint = (table: string, column: string, target: string) => `${table}_${column}_${target}_id_fk`

async function setOnDelete({ db }: MigrateUpArgs | MigrateDownArgs, action: 'cascade' | 'set null'): Promise<void> {
  for (const [table, column, target] of cascades) {
    const name = constraint(table, column, target)
    await db.execute(
      sql.raw(
        `ALTER TABLE "${table}" DROP CONSTRAINT IF EXISTS "${name}";
         ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "public"."${target}"("id") ON DELETE ${action} ON UPDATE no action;`,
      ),
    )
  }
}

export async function up(args: MigrateUpArgs): Promise<void> {
  await setOnDelete(args, 'cascade')
}

export async function down(args: MigrateDownArgs): Promise<void> {
  await setOnDelete(args, 'set null')
}
