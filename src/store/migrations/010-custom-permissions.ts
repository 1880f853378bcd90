import type { Kysely } from 'kysely';

/**
 * A workspace's own permissions (`resource:action`) and the roles that hold each, as JSON text:
 * `{"invoices:read":["owner","admin","member"]}`. Every workspace starts with none.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('custom_permissions', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
}
