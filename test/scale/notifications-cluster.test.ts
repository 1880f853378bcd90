import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, show } from '../support/http.js';
import { eventually } from '../support/poll.js';
import { type FreshSchema, freshSchema } from '../support/postgres-cluster.js';
import { type ServerProcess, startServers, stopAll } from '../support/servers.js';
import { canRun } from '../support/env.js';
import { type Session, aKey, aUser, setupOwner } from '../support/workspace.js';

const DAY = 86_400_000;

/**
 * Three `keyward serve` processes on one PostgreSQL schema, each running the notification scheduler
 * every 200 ms: every event reaches the webhook endpoint under exactly one webhook-id, and the delivery
 * an instance was in the middle of when it was SIGKILLed is delivered by another once its lease ends.
 */
describe.runIf(await canRun('notifications on three instances', { postgres: true }))('webhooks from three instances on PostgreSQL', () => {
  let schema: FreshSchema;
  let servers: ServerProcess[] = [];
  let owner: Session;
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const held: ServerResponse[] = [];
  let receiver: ReturnType<typeof createServer>;
  let hookUrl: string;
  let killed: Promise<string> | undefined;

  // The test's own API calls pass a gate: the kill waits until none is in flight (a call cut off by
  // the kill would fail with "socket hang up", which is not what this test is about), and calls made
  // meanwhile wait for the kill, then go to an instance still running.
  let inFlight = 0;
  let gate: Promise<void> = Promise.resolve();
  async function through<T>(send: () => Promise<T>): Promise<T> {
    await gate;
    inFlight++;
    try {
      return await send();
    } finally {
      inFlight--;
    }
  }

  /** SIGKILLs the instance holding the lease on a delivery, while it waits for the answer. */
  async function killHolder(deliveryId: string): Promise<string> {
    let open!: () => void;
    gate = new Promise((r) => (open = r));
    try {
      // A timer, not a microtask: a call already past the old gate has counted itself by then.
      do await new Promise((r) => setTimeout(r, 5));
      while (inFlight > 0);
      const [row] = await schema.query<{ locked_by: string | null }>('select locked_by from deliveries where id = $1', [deliveryId]);
      const pid = Number(row?.locked_by?.split(':')[1]);
      const victim = servers.find((s) => s.child.pid === pid);
      if (!victim) throw new Error(`no instance holds ${deliveryId} (locked by ${String(row?.locked_by)})`);
      victim.child.kill('SIGKILL');
      await victim.exited;
      return victim.url;
    } finally {
      open();
    }
  }

  beforeAll(async () => {
    // The first request is never answered: its instance is killed while it waits.
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        if (received.length === 1) {
          held.push(res);
          killed = killHolder(String(req.headers['webhook-id']));
        } else res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    schema = freshSchema('notify');
    servers = await startServers(
      3,
      {
        DATABASE_URL: schema.url,
        NOTIFY_INTERVAL_MS: '200',
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_ENCRYPTION_KEY: 'a webhook key shared by the instances',
        WEBHOOK_TIMEOUT_MS: '5000',
        FAILED_AUTH_PER_MINUTE: '100000',
      },
      // One at a time, with time to spare: the test machine may be busy.
      { ready: true, oneAtATime: true, timeoutMs: 90_000 },
    );
    owner = await setupOwner(servers[0].url);
  }, 300_000);

  afterAll(async () => {
    await stopAll(servers);
    for (const res of held) res.destroy();
    await new Promise<void>((r) => receiver.close(() => r()));
    await schema?.drop();
  });

  it('every event is delivered under one webhook-id, none lost when the delivering instance is SIGKILLed mid-delivery', async () => {
    const [one, two, three] = servers.map((s) => s.url);
    // Requests go to the instances still alive once one is killed.
    const running = (s: ServerProcess) => s.child.exitCode === null && s.child.signalCode === null;
    const alive = (url: string) => {
      const s = servers.find((x) => x.url === url)!;
      return running(s) ? url : servers.find(running)!.url;
    };
    const created = await through(() =>
      call(one, '/api/webhooks', { method: 'POST', as: owner, body: { url: hookUrl, events: ['key.revoked', 'key.expiring'] } }),
    );
    expect(created.status, show(created)).toBe(201);
    const secret: string = created.body.secret;
    const member = await through(() => aUser(two, owner, 'member', three));

    // 20 revocations by the owner, spread over the instances: 20 key.revoked events.
    const expected = new Map<string, string>();
    for (let i = 0; i < 20; i++) {
      const k = await through(() => aKey(alive([one, two, three][i % 3]), member, { name: `revoked ${i}` }));
      const res = await through(() => call(alive([two, three, one][i % 3]), `/api/keys/${k.id}/revoke`, { method: 'POST', as: owner }));
      expect(res.status, show(res)).toBe(200);
      expected.set(k.id, 'key.revoked');
    }
    // 5 keys made to sit 12 hours from expiry: every scheduler races to record "1 day left", once.
    for (let i = 0; i < 5; i++) {
      const k = await through(() => aKey(alive(one), member, { name: `expiring ${i}`, expires_in_days: 30 }));
      const now = Date.now();
      await schema.query('update api_keys set created_at = $1, expires_at = $2 where id = $3', [now - 20 * DAY, now + DAY / 2, k.id]);
      expected.set(k.id, 'key.expiring');
    }

    // The instance holding the unanswered first delivery was killed as soon as it arrived.
    expect(await eventually(() => killed !== undefined, { timeoutMs: 20_000 })).toBe(true);
    const victim = await killed!;
    expect(servers.filter(running).map((s) => s.url)).not.toContain(victim);
    const firstId = String(received[0].headers['webhook-id']);

    const ids = () => new Set(received.map((r) => String(r.headers['webhook-id'])));
    expect(
      await eventually(() => ids().size === expected.size && received.filter((r) => r.headers['webhook-id'] === firstId).length >= 2, { timeoutMs: 45_000 }),
    ).toBe(true);

    // Every delivery verifies; each event (key, type) arrived under exactly one webhook-id.
    const byKey = new Map<string, Set<string>>();
    for (const r of received) {
      const body = new Webhook(secret).verify(r.body, {
        'webhook-id': String(r.headers['webhook-id']),
        'webhook-timestamp': String(r.headers['webhook-timestamp']),
        'webhook-signature': String(r.headers['webhook-signature']),
      }) as { type: string; data: { key: { id: string } } };
      expect(body.type).toBe(expected.get(body.data.key.id));
      byKey.set(body.data.key.id, (byKey.get(body.data.key.id) ?? new Set()).add(String(r.headers['webhook-id'])));
    }
    expect([...byKey.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, hookIds] of byKey) expect(hookIds.size, key).toBe(1);
    const events = await schema.query<{ n: string }>("select count(*) as n from key_events where type = 'key.expiring'");
    expect(Number(events[0].n)).toBe(5);
    expect(
      await eventually(
        async () => {
          const rows = await schema.query<{ status: string; n: string }>('select status, count(*) as n from deliveries group by status');
          return rows.length === 1 && rows[0].status === 'delivered' && Number(rows[0].n) === expected.size;
        },
        { timeoutMs: 10_000 },
      ),
    ).toBe(true);
  }, 120_000);
});
