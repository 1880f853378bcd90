import { afterEach, describe, expect, it } from 'vitest';
import type { SqlStore } from '../../src/store/sql-store.js';
import type { ApiKeyRecord, Workspace } from '../../src/store/types.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { keyRecord } from '../support/records.js';
import { aUser, aWorkspace } from './store/support.js';

/**
 * The store's after-commit hooks (how the Redis auth-state version is moved): awaited before the writer's
 * promise resolves, for every commit that changed authentication state and only for those.
 */
const NOW = Date.UTC(2026, 5, 1, 12);

for (const dialect of DIALECTS) {
  describe(`[${dialect}] after-commit hooks of the change feed`, () => {
    let store: SqlStore;
    afterEach(() => store?.close());

    /** A hook that takes a macrotask to finish, recording when it finished. */
    function slowHook(events: string[], fail = false) {
      return () =>
        new Promise<void>((resolve, reject) => {
          setTimeout(() => {
            events.push('hook done');
            if (fail) reject(new Error('redis is down'));
            else resolve();
          }, 5);
        });
    }

    async function aWorkspaceAndKey(): Promise<{ workspace: Workspace; key: ApiKeyRecord }> {
      const workspace = await aWorkspace(store, { createdAt: NOW });
      const key = keyRecord(await aUser(store, workspace, { role: 'member', createdAt: NOW }), { createdAt: NOW });
      await store.keys.create(key);
      return { workspace, key };
    }

    it('run after a committed transaction, before the writer resolves; not after a rollback, not for the last-used batch', async () => {
      store = await openTestStore(dialect);
      const { workspace, key } = await aWorkspaceAndKey();
      const events: string[] = [];
      store.changes.afterCommit(slowHook(events));
      await store.transaction((tx) => tx.keys.update(workspace.id, key.id, { name: 'renamed' }));
      events.push('writer resolved');
      await store.keys.update(workspace.id, key.id, { name: 'autocommitted' });
      events.push('autocommit resolved');
      await expect(
        store.transaction(async (tx) => {
          await tx.keys.update(workspace.id, key.id, { name: 'never' });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await store.keys.recordLastUsed([{ keyId: key.id, at: NOW + 1, ip: '192.0.2.1' }]);
      events.push('end');
      expect(events).toEqual(['hook done', 'writer resolved', 'hook done', 'autocommit resolved', 'end']);
    });

    it('a failing hook never fails the write: the commit stands', async () => {
      store = await openTestStore(dialect);
      const { workspace, key } = await aWorkspaceAndKey();
      const events: string[] = [];
      const detach = store.changes.afterCommit(slowHook(events, true));
      await store.keys.update(workspace.id, key.id, { revokedAt: NOW, revokedBy: null, revokedReason: 'revoked' });
      expect(events).toEqual(['hook done']);
      expect((await store.keys.get(workspace.id, key.id))?.revokedAt).toBe(NOW);
      detach();
      await store.keys.update(workspace.id, key.id, { name: 'after detach' });
      expect(events).toEqual(['hook done']);
    });
  });
}
