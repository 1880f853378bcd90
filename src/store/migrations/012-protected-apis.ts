import type { Kysely } from 'kysely';
import { workspaceRow } from '../migration-columns.js';

/**
 * Protected APIs: a workspace's own HTTP APIs that Keyward guards through forward-auth and the verify
 * API, each with the hosts and path prefix that select it and its ordered rules (JSON text: method, path
 * pattern, permission). `workspaces.protected_apis_version` moves in the same transaction as every change
 * to them: the authentication lookup reads it with the key, so an instance's in-memory copy of the rules is
 * known to be stale exactly when the key cache would be (no extra read on the request path).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await workspaceRow(db.schema.createTable('protected_apis'))
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('hosts', 'text', (c) => c.notNull())
    .addColumn('path_prefix', 'varchar(2000)', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('protected_apis_workspace').on('protected_apis').columns(['workspace_id', 'created_at', 'id']).execute();
  await db.schema
    .alterTable('workspaces')
    .addColumn('protected_apis_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
