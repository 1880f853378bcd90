import { describe, expect, it } from 'vitest';
import { type CallOptions, type Reply, call, show } from '../support/http.js';
import { freePort } from '../support/ports.js';
import type { ProxyProcess } from '../support/proxy-process.js';
import { INVOICES_READ, INVOICES_WRITE, type ProxyStage, aMemberWithKey, required, runsWith, useProxyStage } from './support.js';

/** The identity headers Keyward's 200 carries, which the proxy copies onto the request to the API. */
export const IDENTITY_HEADERS = ['keyward-key-id', 'keyward-permissions', 'keyward-user-email', 'keyward-user-id', 'keyward-workspace-id'];

/** A refusal as Keyward sends it: the status and a problem+json body naming `code`. */
export function expectProblem(res: Reply, status: number, code: string): void {
  expect(res.status, show(res)).toBe(status);
  expect(res.headers['content-type'], show(res)).toMatch(/^application\/problem\+json/);
  expect(res.body, show(res)).toMatchObject({ type: `/docs/errors#${code}`, status, code });
  expect(typeof res.body.title).toBe('string');
}

/** A refusal as a proxy hands it to the client: Keyward's problem, and none of the Keyward-* headers meant for the proxy. */
function expectRefused(res: Reply, status: number, code: string): void {
  expectProblem(res, status, code);
  expect(Object.keys(res.headers).filter((h) => h.startsWith('keyward-'))).toEqual([]);
}

/**
 * The acceptance of a forward-auth recipe, through the real proxy `start` runs (`binary`, from the package
 * `what`) in front of a recording API and Keyward: who reaches the API, with which headers, and what a
 * refused client gets back.
 */
export function describeForwardAuthThrough(
  name: string,
  binary: string | undefined,
  what: string,
  start: (binary: string, ports: { keyward: number; upstream: number }) => Promise<ProxyProcess>,
  /** What the proxy answers when Keyward cannot be reached (its own error page). */
  unreachableStatus: number,
): void {
  describe.runIf(runsWith(binary, what))(`${name} in front of an API, asking Keyward`, () => {
    const stage: ProxyStage = useProxyStage((ports) => start(required(binary, what), ports));
    const through = (path: string, options: CallOptions = {}) => call(stage.proxy.url, path, options);
    /** Runs `send` and returns what reached the API meanwhile. */
    const reachedDuring = async (send: () => Promise<unknown>) => {
      const before = stage.upstream.received.length;
      await send();
      return stage.upstream.received.slice(before);
    };

    it('lets a valid key through: the API sees who is calling and never the key', async () => {
      const { member, key, id } = await aMemberWithKey(stage);
      const got = await reachedDuring(async () => {
        const viaHeader = await through('/invoices/1?page=2', { as: { key } });
        expect(viaHeader.status, show(viaHeader)).toBe(200);
        expect(viaHeader.body).toEqual({ upstream: true });
        expect(Object.keys(viaHeader.headers).filter((h) => h.startsWith('keyward-'))).toEqual([]);
        // The client sees the key's limits on every answer, not only on a 429.
        expect(viaHeader.headers['ratelimit-policy'], show(viaHeader)).toBe('"minute";q=100;w=60, "second";q=10;w=1');
        expect(viaHeader.headers.ratelimit).toMatch(/^"minute";r=\d+;t=\d+, "second";r=\d+;t=\d+$/);
        expect(viaHeader.headers['x-ratelimit-limit']).toBe('10');
        expect(Number(viaHeader.headers['x-ratelimit-remaining'])).toBeLessThan(10);
        expect(viaHeader.headers['x-ratelimit-reset']).toMatch(/^\d+$/);
        const viaBearer = await through('/invoices/2', { headers: { authorization: `Bearer ${key}` } });
        expect(viaBearer.status, show(viaBearer)).toBe(200);
      });
      expect(got.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /invoices/1?page=2', 'GET /invoices/2']);
      for (const { headers } of got) {
        expect(headers['keyward-user-id']).toBe(member.user.id);
        expect(headers['keyward-user-email']).toBe(member.user.email);
        expect(headers['keyward-workspace-id']).toBe(stage.owner.workspace.id);
        expect(headers['keyward-key-id']).toBe(id);
        expect(String(headers['keyward-permissions']).split(',')).toEqual(expect.arrayContaining([INVOICES_READ, INVOICES_WRITE]));
        expect(
          Object.keys(headers)
            .filter((h) => h.startsWith('keyward-'))
            .sort(),
        ).toEqual(IDENTITY_HEADERS);
        expect(headers['x-api-key']).toBeUndefined();
        expect(headers.authorization).toBeUndefined();
        expect(Object.keys(headers).filter((h) => h.includes('ratelimit'))).toEqual([]);
        expect(JSON.stringify(headers)).not.toContain(key);
      }
    });

    it('refuses a revoked key at once with 401 and its problem body, and the API never hears of it', async () => {
      const { key, id } = await aMemberWithKey(stage);
      expect((await through('/invoices/1', { as: { key } })).status).toBe(200);
      const revoked = await stage.t.request({ method: 'POST', url: `/api/keys/${id}/revoke`, as: stage.owner });
      expect(revoked.statusCode, revoked.body).toBe(200);
      const got = await reachedDuring(async () => {
        const res = await through('/invoices/1', { as: { key } });
        expectRefused(res, 401, 'revoked_api_key');
        expect(res.headers['www-authenticate']).toBe('ApiKey header="X-API-Key"');
        expectRefused(await through('/invoices/1'), 401, 'missing_api_key');
      });
      expect(got).toEqual([]);
    });

    it('answers the 11th request in a second with 429, Retry-After, the RateLimit fields and the problem body', async () => {
      const { key } = await aMemberWithKey(stage);
      const got = await reachedDuring(async () => {
        for (let i = 0; i < 10; i++) {
          const res = await through('/invoices/1', { as: { key } });
          expect(res.status, show(res)).toBe(200);
        }
        const eleventh = await through('/invoices/1', { as: { key } });
        expectRefused(eleventh, 429, 'rate_limited');
        expect(eleventh.headers['retry-after']).toBe('1');
        expect(eleventh.headers['ratelimit-policy']).toBe('"minute";q=100;w=60, "second";q=10;w=1');
        expect(eleventh.headers.ratelimit).toMatch(/"second";r=0;t=1/);
        expect(eleventh.headers['x-ratelimit-remaining']).toBe('0');
      });
      expect(got).toHaveLength(10);
      // Keyward's clock, not the test's, decides the window: a second later on it the key is let through again.
      stage.t.clock.advance(1000);
      expect((await through('/invoices/1', { as: { key } })).status).toBe(200);
    });

    it('refuses a route whose permission the key lacks with 403 insufficient_permission', async () => {
      const { key } = await aMemberWithKey(stage, { restriction: [INVOICES_READ] });
      const got = await reachedDuring(async () => {
        expectRefused(await through('/invoices', { method: 'POST', as: { key }, body: { amount: 12 } }), 403, 'insufficient_permission');
      });
      expect(got).toEqual([]);
      expect((await through('/invoices/1', { as: { key } })).status).toBe(200);
    });

    it('refuses a route no rule matches with 403 route_not_allowed', async () => {
      const { key } = await aMemberWithKey(stage);
      const got = await reachedDuring(async () => {
        expectRefused(await through('/payroll/2026', { as: { key } }), 403, 'route_not_allowed');
        expectRefused(await through('/invoices/1', { method: 'DELETE', as: { key } }), 403, 'route_not_allowed');
      });
      expect(got).toEqual([]);
    });

    it("applies a demotion of the key's owner to the very next proxied request", async () => {
      const { member, key } = await aMemberWithKey(stage);
      const create = () => through('/invoices', { method: 'POST', as: { key }, body: { amount: 12 } });
      expect((await create()).status).toBe(200);
      const demoted = await stage.t.request({ method: 'PATCH', url: `/api/users/${member.user.id}`, as: stage.owner, body: { role: 'viewer' } });
      expect(demoted.statusCode, demoted.body).toBe(200);
      expectRefused(await create(), 403, 'insufficient_permission');
      const got = await reachedDuring(async () => expect((await through('/invoices/1', { as: { key } })).status).toBe(200));
      expect(String(got[0]?.headers['keyward-permissions']).split(',')).not.toContain(INVOICES_WRITE);
    });

    it(`stays closed when Keyward cannot be reached: ${unreachableStatus}, and the API never hears of the request`, async () => {
      const { key } = await aMemberWithKey(stage);
      const cutOff = await start(required(binary, what), { keyward: await freePort(), upstream: stage.upstream.port });
      try {
        const got = await reachedDuring(async () => {
          const res = await call(cutOff.url, '/invoices/1', { as: { key } });
          expect(res.status, show(res)).toBe(unreachableStatus);
        });
        expect(got).toEqual([]);
      } finally {
        await cutOff.stop();
      }
    });

    it('never lets a client pass its own Keyward-* headers to the API, or its own RateLimit fields back to itself', async () => {
      const { member, key } = await aMemberWithKey(stage);
      const forged = {
        'keyward-user-id': 'usr_forged',
        'keyward-user-email': 'forged@example.test',
        'keyward-workspace-id': 'wks_forged',
        'keyward-key-id': 'key_forged',
        'keyward-permissions': 'users:manage,keys:admin',
        'keyward-status': '200',
      };
      // RateLimit fields are answer fields: a client's own may reach the API as request headers (they mean
      // nothing there), but its answer carries Keyward's.
      const ownLimits = { ratelimit: '"own";r=1;t=1', 'x-ratelimit-remaining': '999999' };
      const got = await reachedDuring(async () => {
        const passed = await through('/invoices/1', { as: { key }, headers: { ...forged, ...ownLimits } });
        expect(passed.status).toBe(200);
        // The client's answer carries Keyward's limits, never what the client sent.
        expect(passed.headers.ratelimit).toMatch(/^"minute";r=\d+;t=\d+, "second";r=\d+;t=\d+$/);
        expect(Number(passed.headers['x-ratelimit-remaining'])).toBeLessThan(10);
        expectRefused(await through('/invoices/1', { headers: forged }), 401, 'missing_api_key');
      });
      expect(got).toHaveLength(1);
      const { headers } = got[0];
      expect(headers['keyward-user-id']).toBe(member.user.id);
      expect(
        Object.keys(headers)
          .filter((h) => h.startsWith('keyward-'))
          .sort(),
      ).toEqual(IDENTITY_HEADERS);
      expect(JSON.stringify(headers)).not.toMatch(/forged|users:manage/);
    });
  });
}
