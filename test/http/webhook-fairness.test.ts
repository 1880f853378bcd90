import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Keyward, createKeyward } from '../../src/keyward.js';
import { ENDPOINT_CONCURRENCY, RETRY_DELAYS_MS, RETRY_JITTER } from '../../src/notifications/notifier.js';
import { newEventId, pendingDelivery } from '../../src/notifications/key-events.js';
import { openPostgresStore } from '../../src/store/dialects/postgres/index.js';
import { fromDelivery } from '../../src/store/sql/notifications.js';
import { testConfig } from '../../src/config.js';
import { type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/backends.js';
import { POSTGRES_URL } from '../support/env.js';
import { type SessionCaller, aKey, aUser, anOwner } from '../support/fixtures.js';
import { verifyHook, webhookReceiver } from '../support/notify.js';
import { eventually } from '../support/poll.js';

/** An endpoint that reads each request and never answers it (until closed). */
async function hangingReceiver() {
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => {
    req.resume();
    held.push(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hang`,
    get count() {
      return held.length;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** 10,000 deliveries queued for one webhook of a workspace, due now (one bulk insert per 500). */
async function flood(t: TestApp, workspaceId: string, webhookId: string, n = 10_000) {
  const now = t.clock.now();
  const eventId = newEventId();
  await t.store.notifications.insertEvent({
    id: eventId,
    workspaceId,
    keyId: `test_${eventId}`,
    ownerId: '',
    type: 'webhook.test',
    threshold: '',
    at: now,
    data: { webhook_id: webhookId },
  });
  for (let i = 0; i < n; i += 500) {
    const rows = Array.from({ length: Math.min(500, n - i) }, () =>
      fromDelivery(pendingDelivery(eventId, workspaceId, now, { channel: 'webhook', webhookId, userId: null })),
    );
    await t.store.db.insertInto('deliveries').values(rows).execute();
  }
}

for (const dialect of DIALECTS) {
  describe(`[${dialect}] fair, prompt webhook delivery`, () => {
    let t: TestApp;
    const cleanup: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const c of cleanup.splice(0)) await c();
      await t?.close();
    });

    const hookFor = async (as: SessionCaller, url: string) => {
      const res = await t.request({ method: 'POST', url: '/api/webhooks', as, body: { url, events: ['key.revoked'] } });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; secret: string };
    };

    it("W2 floods a hanging endpoint with 10,000 events: W1's delivery is the sender's next attempt, not behind W2's queue", async () => {
      const hang = await hangingReceiver();
      const w1 = await webhookReceiver();
      cleanup.push(hang.close, w1.close);
      t = await testApp({ dialect, config: { webhookAllowPrivate: true, notifyIntervalMs: 0, webhookTimeoutMs: 60_000 } });
      const o1 = await anOwner(t);
      const o2 = await anOwner(t, { workspace: 'Flooder' });
      const { secret } = await hookFor(o1, w1.url);
      const h2 = await hookFor(o2, hang.url);
      const member = await aUser(t, o1, { role: 'member' });
      const key = await aKey(t, member);

      await flood(t, o2.workspace.id, h2.id);
      // The commit that queued them started them: the endpoint's share of the sender is in flight, hanging.
      expect(await eventually(() => hang.count >= ENDPOINT_CONCURRENCY)).toBe(true);
      expect((await t.request({ method: 'POST', url: `/api/keys/${key.id}/revoke`, as: o1 })).statusCode).toBe(200);
      expect(await eventually(() => w1.received.length === 1)).toBe(true);
      // No more attempts went to W2's endpoint in between: it holds exactly its cap.
      expect(hang.count).toBe(ENDPOINT_CONCURRENCY);
      expect(verifyHook(secret, w1.received[0], t.clock.now()).type).toBe('key.revoked');
      const leased = await t.store.db.selectFrom('deliveries').select('id').where('webhook_id', '=', h2.id).where('locked_by', 'is not', null).execute();
      expect(leased).toHaveLength(ENDPOINT_CONCURRENCY);
    }, 180_000);

    it.runIf(dialect === 'postgres')(
      'on PostgreSQL with two instances: the flooded endpoint holds at most its cap per instance, W1 is delivered next',
      async () => {
        const hang = await hangingReceiver();
        const w1 = await webhookReceiver();
        cleanup.push(hang.close, w1.close);
        t = await testApp({ dialect, config: { webhookAllowPrivate: true, notifyIntervalMs: 0, webhookTimeoutMs: 60_000 } });
        const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(t.store.db);
        const store2 = await openPostgresStore({ connectionString: POSTGRES_URL, schema: rows[0].s, poolSize: 4 });
        const config = testConfig({
          allowSignup: true,
          webhookAllowPrivate: true,
          notifyIntervalMs: 0,
          webhookTimeoutMs: 60_000,
          webhookEncryptionKey: 'a webhook key for the tests',
        });
        const kw2: Keyward = await createKeyward(config, {
          clock: t.clock,
          store: store2,
          logStream: new Writable({ write: (_c, _e, cb) => cb() }),
          webDir: false,
        });
        cleanup.unshift(async () => {
          await hang.close();
          await kw2.close();
          await store2.close();
        });
        const o1 = await anOwner(t);
        const o2 = await anOwner(t, { workspace: 'Flooder' });
        await hookFor(o1, w1.url);
        const h2 = await hookFor(o2, hang.url);
        const member = await aUser(t, o1, { role: 'member' });
        const key = await aKey(t, member);

        await flood(t, o2.workspace.id, h2.id);
        kw2.deps.notifier.kick();
        expect(await eventually(() => hang.count >= ENDPOINT_CONCURRENCY)).toBe(true);
        // The revoke goes through the second instance: its commit starts its delivery there.
        const res = await kw2.app.inject({
          method: 'POST',
          url: `/api/keys/${key.id}/revoke`,
          headers: { cookie: o1.cookie, 'x-csrf-token': o1.csrf },
          remoteAddress: '127.0.0.1',
        });
        expect(res.statusCode, res.body).toBe(200);
        expect(await eventually(() => w1.received.length === 1)).toBe(true);
        // Leases are counted in the database, so the cap holds over both instances (two fills racing may each see the endpoint free once).
        expect(hang.count).toBeGreaterThanOrEqual(ENDPOINT_CONCURRENCY);
        expect(hang.count).toBeLessThanOrEqual(2 * ENDPOINT_CONCURRENCY);
        // The receiver has the request before the sender records its answer: wait for that record.
        const delivered = () => t.store.db.selectFrom('deliveries').select(['status', 'locked_by']).where('workspace_id', '=', o1.workspace.id).execute();
        await expect.poll(delivered, { timeout: 10_000 }).toEqual([{ status: 'delivered', locked_by: null }]);
      },
      180_000,
    );

    it('with NOTIFY_INTERVAL_MS an hour, a revoke is delivered from its commit and its retry from its own timer, never waiting for a tick', async () => {
      const hooks = await webhookReceiver((_h, n) => (n === 1 ? 503 : 204));
      cleanup.push(hooks.close);
      t = await testApp({ dialect, config: { webhookAllowPrivate: true, notifyIntervalMs: 3_600_000 } });
      const owner = await anOwner(t);
      const { id: hookId, secret } = await hookFor(owner, hooks.url);
      const member = await aUser(t, owner, { role: 'member' });
      const key = await aKey(t, member);
      expect((await t.request({ method: 'POST', url: `/api/keys/${key.id}/revoke`, as: owner })).statusCode).toBe(200);
      expect(await eventually(() => hooks.received.length === 1)).toBe(true);
      const body = verifyHook(secret, hooks.received[0], t.clock.now());
      expect(body).toMatchObject({ type: 'key.revoked', data: { key: { id: key.id } } });
      // The retry is due 5 s (plus jitter) later on the app's clock; its timer starts it, no tick.
      expect(await eventually(async () => (await t.store.notifications.listDeliveries(owner.workspace.id, hookId, 1)).items[0]?.attempts === 1)).toBe(true);
      t.clock.advance(Math.ceil(RETRY_DELAYS_MS[0] * (1 + RETRY_JITTER)) + 1);
      expect(await eventually(() => hooks.received.length === 2, { timeoutMs: 30_000 })).toBe(true);
      expect(hooks.received[1].headers['webhook-id']).toBe(hooks.received[0].headers['webhook-id']);
      expect(verifyHook(secret, hooks.received[1], t.clock.now()).type).toBe('key.revoked');
      expect(await eventually(async () => (await t.store.notifications.listDeliveries(owner.workspace.id, hookId, 1)).items[0]?.status === 'delivered')).toBe(
        true,
      );
    }, 120_000);
  });
}
