import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { generateKey } from '../../src/keys/key-format.js';
import { type Services, closeServices, createServices } from '../../src/services.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { aWorkspaceWithOperator } from '../support/records.js';

/** `authenticateKey` decides everything about a presented key, with the injected clock and no HTTP. */
for (const dialect of DIALECTS) {
  describe(`[${dialect}] KeyAuthenticator.authenticateKey`, () => {
    let s: Services;
    const ctx = { ip: '192.0.2.10', userAgent: 'unit' };
    afterEach(() => closeServices(s, { closeStore: true }));

    async function setup(config = {}) {
      const clock = new ManualClock(Date.UTC(2026, 5, 1, 12));
      s = await createServices(testConfig({ failedAuthPerMinute: 3, rateLimitPerSecond: 2, ...config }), {
        logger: pino({ level: 'silent' }),
        clock,
        store: await openTestStore(dialect),
      });
      const { user, op } = await aWorkspaceWithOperator(s.store, clock.now());
      const issue = async (input: { expiresInDays?: number; restriction?: string[] } = {}) => s.keys.create(op, { name: 'k', ownerId: user.id, ...input });
      return { clock, user, op, issue };
    }

    it('accepts a live key: the principal with its effective permissions and the limit state', async () => {
      const { issue, user } = await setup();
      const { plaintext, view } = await issue({ restriction: ['contacts:read', 'keys:admin'] });
      const r = await s.authenticator.authenticateKey(plaintext, ctx);
      if (!r.ok) throw new Error(r.code);
      expect(r.principal).toMatchObject({ via: 'key', user: { id: user.id }, key: { id: view.record.id }, ip: ctx.ip });
      expect([...r.principal.permissions]).toEqual(['contacts:read']); // a member's role holds no keys:admin
      expect(r.limit.decision.allowed).toBe(true);
      expect(r.limit.rules.map((x) => x.name)).toEqual(['minute', 'second']);
      expect(s.lastUsed.size).toBe(1);
    });

    it('refuses in the documented order, with no storage read for a malformed key, and locks out a guessing address', async () => {
      const { issue, clock } = await setup();
      const before = s.store.queryCount;
      expect(await s.authenticator.authenticateKey('ak_live_nope', ctx)).toEqual({ ok: false, code: 'malformed_api_key' });
      expect(await s.authenticator.authenticateKey('x'.repeat(300), ctx)).toEqual({ ok: false, code: 'malformed_api_key' });
      expect(s.store.queryCount).toBe(before);
      expect(await s.authenticator.authenticateKey(generateKey(), ctx)).toEqual({ ok: false, code: 'invalid_api_key' });
      const locked = await s.authenticator.authenticateKey((await issue()).plaintext, ctx);
      expect(locked).toMatchObject({ ok: false, code: 'too_many_failed_attempts' });
      expect(locked.ok === false && 'retryAfterMs' in locked && locked.retryAfterMs).toBeGreaterThan(0);
      expect((await s.authenticator.authenticateKey((await issue()).plaintext, { ...ctx, ip: '192.0.2.11' })).ok).toBe(true);
      clock.advance(60_000);
      expect((await s.authenticator.authenticateKey((await issue()).plaintext, ctx)).ok).toBe(true);
    });

    it('revoked, expired and disabled owners; misuse audited at most once a minute', async () => {
      const { issue, clock, op, user } = await setup({ failedAuthPerMinute: 100 });
      const revoked = await issue();
      await s.keys.revoke(op, revoked.view.record.id);
      expect(await s.authenticator.authenticateKey(revoked.plaintext, ctx)).toEqual({ ok: false, code: 'revoked_api_key' });
      await s.authenticator.authenticateKey(revoked.plaintext, ctx);
      const expiring = await issue({ expiresInDays: 1 });
      clock.advance(86_400_000);
      expect(await s.authenticator.authenticateKey(expiring.plaintext, ctx)).toEqual({ ok: false, code: 'expired_api_key' });
      const audit = await s.audit.list(op, { limit: 100 });
      expect(audit.items.filter((e) => e.action === 'key.revoked_use')).toHaveLength(1);
      expect(audit.items.filter((e) => e.action === 'key.expired_use')).toHaveLength(1);
      const live = await issue();
      await s.store.users.update(user.workspaceId, user.id, { disabled: true });
      expect(await s.authenticator.authenticateKey(live.plaintext, ctx)).toEqual({ ok: false, code: 'owner_disabled' });
    });

    it('the per-key limit: refused with the violated rule, and the window slides with the clock', async () => {
      const { issue, clock } = await setup();
      const { plaintext } = await issue();
      expect((await s.authenticator.authenticateKey(plaintext, ctx)).ok).toBe(true);
      expect((await s.authenticator.authenticateKey(plaintext, ctx)).ok).toBe(true);
      const third = await s.authenticator.authenticateKey(plaintext, ctx);
      expect(third.ok).toBe(false);
      if (third.ok || third.code !== 'rate_limited') throw new Error('expected rate_limited');
      expect(third.limit.decision.violated.name).toBe('second');
      clock.advance(1000);
      expect((await s.authenticator.authenticateKey(plaintext, ctx)).ok).toBe(true);
    });
  });
}
