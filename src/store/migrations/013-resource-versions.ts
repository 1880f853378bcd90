import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialects/dialect.js';
import { KEY_AUTH_COLUMNS } from './006-auth-version.js';

/** The counted resources: a column of `resource_versions` each, and the table whose writes move it. */
export const VERSIONED = {
  contacts: 'contacts',
  keys: 'api_keys',
  users: 'users',
  workspace: 'workspaces',
  audit: 'audit_events',
  notifications: 'notifications',
} as const;

/** The column naming a row's workspace. */
const workspaceOf = (table: string) => (table === 'workspaces' ? 'id' : 'workspace_id');

/**
 * `resource_versions`: one row per workspace, one counter per resource, moved by triggers in the same
 * transaction as every insert, update and delete of the resource's table — whoever writes it (an instance,
 * the CLI, psql), so every instance reading the row sees a change as soon as it is committed. A conditional
 * GET compares these counters instead of reading rows (src/http/conditional.ts).
 *
 * One row per workspace rather than per resource: a transaction writing several resources (a key and its
 * audit event) then locks one counter row, so two transactions cannot lock two of them in opposite orders.
 *
 * SQLite: row triggers (one writer at a time). PostgreSQL: deferred row-level constraint triggers, like
 * migration 006's, so the counter row is locked at COMMIT only; they are named so as to fire before
 * `auth_version`'s on the same row (trigger names are fired in alphabetical order), so every transaction
 * takes the workspace's counter before the global one. Like `auth_version`'s, a counter moves once per
 * transaction, however many rows it wrote (a transaction-local setting lists the counters already moved):
 * one upsert per row would walk a chain of the row's versions grown by every earlier upsert in the same
 * transaction, quadratic in the rows written (100,000 contacts in one statement: over a minute). PostgreSQL's last-used flush sets only bookkeeping
 * columns, left out of the key trigger: it moves the `keys` counters itself, in the same statement, in
 * workspace order (dialects/postgres/statements.ts), because one flush spans many workspaces.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const counters = Object.keys(VERSIONED).map((r) => `${r} bigint not null default 0`);
  await sql.raw(`create table resource_versions (workspace_id varchar(40) primary key, ${counters.join(', ')})`).execute(db);
  if (dialect === 'sqlite') {
    for (const [resource, table] of Object.entries(VERSIONED)) {
      for (const [event, row] of [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const) {
        await sql
          .raw(
            `create trigger ${table}_activity_${event} after ${event} on ${table} for each row begin
  insert into resource_versions (workspace_id, ${resource}) values (${row}.${workspaceOf(table)}, 1)
    on conflict (workspace_id) do update set ${resource} = ${resource} + 1;
end`,
          )
          .execute(db);
      }
    }
    return;
  }
  await sql`create function keyward_bump_resource_version() returns trigger language plpgsql as $body$
declare
  ws text := (case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end) ->> tg_argv[1];
  done text := coalesce(current_setting('keyward.versions_moved', true), '');
  mark text := '|' || tg_argv[0] || ':' || ws || '|';
begin
  if position(mark in done) > 0 then
    return null;
  end if;
  perform set_config('keyward.versions_moved', done || mark, true);
  execute format(
    'insert into %I.resource_versions as v (workspace_id, %I) values ($1, 1) on conflict (workspace_id) do update set %I = v.%I + 1',
    tg_table_schema, tg_argv[0], tg_argv[0], tg_argv[0]
  ) using ws;
  return null;
end
$body$`.execute(db);
  for (const [resource, table] of Object.entries(VERSIONED)) {
    const update = table === 'api_keys' ? `update of ${KEY_AUTH_COLUMNS.join(', ')}` : 'update';
    await sql
      .raw(
        `create constraint trigger ${table}_activity after insert or delete or ${update} on ${table}
      deferrable initially deferred for each row execute function keyward_bump_resource_version('${resource}', '${workspaceOf(table)}')`,
      )
      .execute(db);
  }
}
