import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialects/dialect.js';

/** Columns of `api_keys` whose writes never change an authentication decision: the last-used batch. */
export const KEY_BOOKKEEPING_COLUMNS: readonly string[] = ['last_used_at', 'last_used_ip'];

/**
 * Every other column of `api_keys` when this migration was written. A migration that adds a column to
 * `api_keys` must recreate the trigger with it (test/contract/auth-version.test.ts fails until it does).
 */
export const KEY_AUTH_COLUMNS: readonly string[] = [
  'id',
  'workspace_id',
  'user_id',
  'key_hash',
  'hint',
  'name',
  'created_at',
  'created_by',
  'expires_at',
  'revoked_at',
  'revoked_by',
  'revoked_reason',
  'restriction',
  'rate_limit_per_minute',
  'rate_limit_per_second',
  'rolled_from',
  'replaced_by',
  'allowed_ips',
  'revoke_when_idle_ms',
];

/**
 * PostgreSQL only (SQLite: nothing): `auth_version`, a one-row counter that moves in the same transaction
 * as every change to authentication state — `api_keys` (but its last-used columns), `users`, `workspaces`
 * — whoever makes it: an instance, the CLI, psql. Instances caching verified keys compare it
 * (src/keys/key-cache.ts, docs/deploy.md "Verified keys in memory").
 *
 * The triggers are row-level *deferred constraint* triggers rather than statement-level ones, so the
 * counter's row lock is taken at COMMIT, as the transaction's last lock, and held for the commit only. A
 * statement-level trigger would hold it from the first change to the end of the transaction, and a roll
 * (insert the new key, then update the old one) racing a revoke of the old key would deadlock: the revoke
 * holds the key's row and waits for the counter, the roll holds the counter and waits for the row. A
 * transaction-local setting makes the counter move once per transaction, however many rows it touched.
 * `UPDATE OF` leaves out the last-used columns, so the last-used flush never moves it. TRUNCATE has no
 * row-level trigger: a statement-level one bumps at once.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`create table auth_version (
    id smallint primary key check (id = 1),
    version bigint not null
  )`.execute(db);
  await sql`insert into auth_version (id, version) values (1, 0)`.execute(db);
  await sql`create function keyward_bump_auth_version() returns trigger language plpgsql as $body$
begin
  if current_setting('keyward.auth_version_txid', true) = txid_current()::text then
    return null;
  end if;
  perform set_config('keyward.auth_version_txid', txid_current()::text, true);
  -- The counter beside the table that changed: right whatever the writer's search_path (psql), and
  -- after a restore into a schema of another name.
  execute format('update %I.auth_version set version = version + 1 where id = 1', tg_table_schema);
  return null;
end
$body$`.execute(db);

  const keyColumns = sql.raw(KEY_AUTH_COLUMNS.join(', '));
  const events = {
    api_keys: sql`insert or delete or update of ${keyColumns}`,
    users: sql`insert or delete or update`,
    workspaces: sql`insert or delete or update`,
  };
  for (const [table, event] of Object.entries(events)) {
    const t = sql.table(table);
    await sql`create constraint trigger ${sql.raw(`${table}_auth_version`)} after ${event} on ${t}
      deferrable initially deferred for each row execute function keyward_bump_auth_version()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_auth_version_truncate`)} after truncate on ${t}
      for each statement execute function keyward_bump_auth_version()`.execute(db);
  }
}
