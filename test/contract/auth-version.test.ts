import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY_AUTH_COLUMNS, KEY_BOOKKEEPING_COLUMNS } from '../../src/store/migrations/006-auth-version.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import type { ApiKeyRecord, User, Workspace } from '../../src/store/types.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { POSTGRES_URL } from '../support/env.js';
import { keyRecord } from '../support/records.js';
import { aUser, aWorkspace } from './store/support.js';

/**
 * Migration 006: on PostgreSQL the `auth_version` counter moves in the same transaction as every change to
 * authentication state, by any writer, once per transaction, and never for the last-used batch.
 */
const NOW = Date.UTC(2026, 5, 1, 12);

async function aWorkspaceUserAndKey(store: SqlStore): Promise<{ workspace: Workspace; user: User; key: ApiKeyRecord }> {
  const workspace = await aWorkspace(store, { createdAt: NOW });
  const user = await aUser(store, workspace, { role: 'member', createdAt: NOW });
  const key = keyRecord(user, { createdAt: NOW });
  await store.keys.create(key);
  return { workspace, user, key };
}

if (DIALECTS.includes('sqlite')) {
  describe('[sqlite] migration 006', () => {
    it('adds nothing: SQLite sees other processes through data_version', async () => {
      const store = await openTestStore('sqlite');
      try {
        const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'auth_version'`.execute(store.db);
        expect(rows[0].n).toBe(0);
        expect(store.readAuthVersion).toBeUndefined();
      } finally {
        await store.close();
      }
    });
  });
}

if (DIALECTS.includes('postgres')) {
  describe('[postgres] the auth_version counter', () => {
    let store: SqlStore;
    afterEach(() => store?.close());
    const version = () => store.readAuthVersion!();

    it('moves with a revoke, a role change, a disable and a workspace rename, and not with the last-used batch', async () => {
      store = await openTestStore('postgres');
      const { workspace, user, key } = await aWorkspaceUserAndKey(store);
      let v = await version();
      const moved = async () => {
        const now = await version();
        const grew = now > v;
        v = now;
        return grew;
      };
      await store.keys.recordLastUsed([{ keyId: key.id, at: NOW + 1, ip: '192.0.2.1' }]);
      expect(await moved()).toBe(false);
      await store.keys.update(workspace.id, key.id, { revokedAt: NOW, revokedBy: user.id, revokedReason: 'revoked' });
      expect(await moved()).toBe(true);
      await store.users.update(workspace.id, user.id, { role: 'viewer' });
      expect(await moved()).toBe(true);
      await store.users.update(workspace.id, user.id, { disabled: true });
      expect(await moved()).toBe(true);
      await store.workspaces.update(workspace.id, { name: 'Renamed' });
      expect(await moved()).toBe(true);
      await store.keys.rehash(key.id, key.keyHash, `${key.keyHash}2`);
      expect(await moved()).toBe(true);
    });

    it('moves once per transaction, at commit, and not for a rolled-back one', async () => {
      store = await openTestStore('postgres');
      const { workspace, user, key } = await aWorkspaceUserAndKey(store);
      const before = await version();
      let inside = -1;
      await store.transaction(async (tx) => {
        await tx.keys.update(workspace.id, key.id, { name: 'one' });
        await tx.keys.update(workspace.id, key.id, { name: 'two' });
        await tx.users.update(workspace.id, user.id, { role: 'viewer' });
        inside = await version(); // another connection: the change is not committed yet
      });
      expect(inside).toBe(before);
      expect(await version()).toBe(before + 1);
      await expect(
        store.transaction(async (tx) => {
          await tx.keys.update(workspace.id, key.id, { name: 'three' });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await version()).toBe(before + 1);
    });

    it('moves for raw SQL and TRUNCATE on a connection of its own whose search_path does not name the schema (psql)', async () => {
      store = await openTestStore('postgres');
      const { key } = await aWorkspaceUserAndKey(store);
      const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0].s;
      const before = await version();
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      try {
        await c.query(`update ${schema}.api_keys set revoked_at = $1 where id = $2`, [NOW, key.id]);
        await c.query(`update ${schema}.api_keys set last_used_at = $1 where id = $2`, [NOW + 5, key.id]);
        await c.query(`truncate ${schema}.api_keys`);
      } finally {
        await c.end();
      }
      expect(await version()).toBe(before + 2);
    });

    it('covers every column of api_keys but the last-used ones (a new column must be added to the trigger)', async () => {
      store = await openTestStore('postgres');
      const columns = await sql<{ name: string }>`
        select column_name as name from information_schema.columns
        where table_schema = current_schema() and table_name = 'api_keys'`.execute(store.db);
      const triggered = await sql<{ name: string }>`
        select a.attname as name from pg_trigger t
        join pg_class c on c.oid = t.tgrelid and c.relname = 'api_keys' and c.relnamespace = current_schema()::regnamespace
        join pg_attribute a on a.attrelid = t.tgrelid and a.attnum = any (t.tgattr)
        where t.tgname = 'api_keys_auth_version'`.execute(store.db);
      const covered = new Set([...triggered.rows.map((r) => r.name), ...KEY_BOOKKEEPING_COLUMNS]);
      expect(columns.rows.map((r) => r.name).filter((c) => !covered.has(c))).toEqual([]);
      expect(new Set(triggered.rows.map((r) => r.name))).toEqual(new Set(KEY_AUTH_COLUMNS));
    });
  });
}
