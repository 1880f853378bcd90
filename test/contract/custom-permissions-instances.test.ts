import { sql } from 'kysely';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { type Services, closeServices, createServices } from '../../src/services.js';
import { openPostgresStore } from '../../src/store/dialects/postgres/index.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { POSTGRES_URL, REDIS_URL, redisReachable } from '../support/env.js';
import { uniquePrefix } from '../support/redis.js';
import { aWorkspaceWithOperator } from '../support/records.js';

/**
 * Two instances (two `Services` on one PostgreSQL schema), each caching verified keys: a grant removed
 * through one is gone from the other's next decision about a key it has cached — validated by the
 * version read in the rate-limit round trip with Redis, by the database's auth_version counter without.
 */
const redisUp = await redisReachable();
const variants = [
  { name: 'with Redis', redis: true },
  { name: 'without Redis', redis: false },
].filter((v) => !v.redis || redisUp);
const ctx = { ip: '192.0.2.10', userAgent: 'unit' };

for (const variant of variants)
  describe.runIf(DIALECTS.includes('postgres'))(`[postgres ${variant.name}] custom permissions across instances`, () => {
    const closers: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const close of closers.splice(0).reverse()) await close();
    });

    /** An instance; both of a test share `prefix`, the Redis keys of one deployment. */
    async function open(store: Awaited<ReturnType<typeof openTestStore>>, clock: ManualClock, prefix: string): Promise<Services> {
      // The database poll is the backstop for changes Redis was not told about: kept out of the way here.
      const redis = variant.redis ? { redisUrl: REDIS_URL, redisKeyPrefix: prefix, authVersionPollMs: 60_000 } : {};
      const s = await createServices(testConfig({ failedAuthPerMinute: 100, ...redis }), { logger: pino({ level: 'silent' }), clock, store });
      closers.push(() => closeServices(s, { closeStore: true }));
      return s;
    }

    it("a member's unrestricted key cached on B loses a permission the moment A removes its grant", async () => {
      const clock = new ManualClock(Date.UTC(2026, 5, 1, 12));
      const storeA = await openTestStore('postgres');
      const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(storeA.db)).rows[0].s;
      const prefix = uniquePrefix('perms');
      const a = await open(storeA, clock, prefix);
      const b = await open(await openPostgresStore({ connectionString: POSTGRES_URL, schema, poolSize: 4 }), clock, prefix);
      const { user, op } = await aWorkspaceWithOperator(a.store, clock.now(), 'member');
      await a.workspaces.replaceGrants(op, { 'invoices:read': ['owner', 'admin', 'member'] });
      const { plaintext } = await a.keys.create(op, { name: 'k', ownerId: user.id });
      const permissionsOnB = async () => {
        const r = await b.authenticator.authenticateKey(plaintext, ctx);
        if (!r.ok) throw new Error(`refused: ${r.code}`);
        return [...r.principal.permissions].sort();
      };
      expect(await permissionsOnB()).toEqual(['contacts:read', 'contacts:write', 'invoices:read']);
      expect(await permissionsOnB()).toEqual(['contacts:read', 'contacts:write', 'invoices:read']); // cached on B
      await a.workspaces.replaceGrants(op, { 'invoices:read': ['owner', 'admin'] });
      expect(await permissionsOnB()).toEqual(['contacts:read', 'contacts:write']);
      await a.workspaces.replaceGrants(op, { 'invoices:read': ['owner', 'admin', 'member'] });
      expect(await permissionsOnB()).toEqual(['contacts:read', 'contacts:write', 'invoices:read']);
    });
  });
