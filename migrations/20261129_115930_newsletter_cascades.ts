import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Rows that mean nothing without their parent go with it: a newsletter delivery with its issue or
 * subscriber (erasing a subscriber erases her deliveries too), a campaign's counters with the
 * campaign. Payload's default, SET NULL, fails on these NOT NULL columns.
 */
const cascades: Array<[table: string, column: string, target: string]> = [
  ['newsletter_deliveries', 'issue_id', 'nl_issues'],
  ['newsletter_deliveries', 'subscriber_id', 'subscribers'],
  ['campaign_metrics', 'campaign_id', 'campaigns'],
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
