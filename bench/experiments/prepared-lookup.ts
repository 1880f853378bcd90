/**
 * The authentication lookup of `src/store/sql/keys.ts` (`findByHash`), with the SQL compiled by Kysely once
 * and the better-sqlite3 statement prepared once, instead of building, compiling and preparing it on every
 * request. Same query text, same row mapping (`toKey`, `toUser`), same result: a measured candidate for the
 * hot path (see bench/RESULTS.md), used by the micro-benchmark and by `bench/experiments/server.ts`.
 */
import SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.js';
import { toKey, toUser } from '../../src/store/sql/rows.js';
import type { KeyAuthRecord } from '../../src/store/types.js';

/** The exact query `keyRepo.findByHash` runs, compiled once. */
export function findByHashSql(db: Kysely<Database>): string {
  return db
    .selectFrom('api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .innerJoin('workspaces as w', 'w.id', 'k.workspace_id')
    .selectAll('k')
    .select(['u.email as u_email', 'u.name as u_name', 'u.role as u_role', 'u.disabled as u_disabled', 'u.created_at as u_created_at', 'w.name as w_name'])
    .where('k.key_hash', '=', '?')
    .compile().sql;
}

type Row = Database['api_keys'] & { u_email: string; u_name: string; u_role: string; u_disabled: number; u_created_at: number; w_name: string };

export interface PreparedKeyLookup {
  findByHash(keyHash: string): KeyAuthRecord | undefined;
  /** better-sqlite3 `prepare()` of the same SQL (what Kysely's driver does per query), for timing. */
  prepareOnly(): void;
  /** `PRAGMA data_version`: changes whenever another connection (e.g. the CLI) commits to the file. */
  dataVersion(): number;
  close(): void;
}

/** Opens its own connection to the SQLite file (the store does not expose its better-sqlite3 handle). */
export function preparedKeyLookup(store: { db: Kysely<Database> }, file: string): PreparedKeyLookup {
  const conn = new SQLite(file, { readonly: true });
  const sql = findByHashSql(store.db);
  const stmt = conn.prepare(sql);
  const version = conn.prepare('PRAGMA data_version').pluck();
  return {
    findByHash(keyHash) {
      const r = stmt.get(keyHash) as Row | undefined;
      if (!r) return undefined;
      const user = toUser({ id: r.user_id, workspace_id: r.workspace_id, email: r.u_email, name: r.u_name, role: r.u_role, disabled: r.u_disabled, created_at: r.u_created_at });
      return { key: toKey(r), user, workspace: { id: r.workspace_id, name: r.w_name } };
    },
    prepareOnly() {
      conn.prepare(sql);
    },
    dataVersion: () => version.get() as number,
    close: () => conn.close(),
  };
}
