import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Reply, call, show } from '../support/http.js';
import { ROOT } from '../support/servers.js';
import { IDENTITY_HEADERS, expectProblem } from './acceptance.js';
import { INVOICES_READ, aMemberWithKey, useKeyward } from './support.js';

/** The parts of deploy/traefik-dynamic.yml the header contract rests on. */
interface TraefikDynamic {
  http: {
    routers: Record<string, { middlewares: string[] }>;
    middlewares: Record<
      string,
      {
        headers?: { customRequestHeaders: Record<string, string> };
        forwardAuth?: { address: string; trustForwardHeader: boolean; authResponseHeaders: string[] };
      }
    >;
  };
}

const config = parse(readFileSync(join(ROOT, 'deploy', 'traefik-dynamic.yml'), 'utf8')) as TraefikDynamic;
/** The router's middlewares, in the order Traefik applies them. */
const chain = config.http.routers['protected-api'].middlewares.map((name) => config.http.middlewares[name]);
const forwardAuth = chain.find((m) => m.forwardAuth)?.forwardAuth;

type Headers = Record<string, string>;
const lower = (h: Record<string, string | string[] | undefined>): Headers =>
  Object.fromEntries(Object.entries(h).flatMap(([k, v]) => (v === undefined ? [] : [[k.toLowerCase(), String(v)]])));

/**
 * What Traefik sends the API once Keyward said 2xx, following its documented semantics: a `headers`
 * middleware's empty value removes the header; ForwardAuth's authResponseHeaders replace the request's
 * header of that name with Keyward's (removing it when Keyward sent none).
 */
function forwardedToApi(client: Headers, keywardAnswer: Headers): Headers {
  const out = lower(client);
  for (const m of chain) {
    for (const [name, value] of Object.entries(m.headers?.customRequestHeaders ?? {})) {
      if (value === '') delete out[name.toLowerCase()];
      else out[name.toLowerCase()] = value;
    }
    for (const name of m.forwardAuth?.authResponseHeaders ?? []) {
      delete out[name.toLowerCase()];
      if (keywardAnswer[name.toLowerCase()] !== undefined) out[name.toLowerCase()] = keywardAnswer[name.toLowerCase()];
    }
  }
  return out;
}

/**
 * deploy/traefik-dynamic.yml against Keyward. Traefik is not packaged for Debian, so no Traefik runs here: the
 * test sends /auth/forward the request Traefik's ForwardAuth sends (a body-less GET to the configured address
 * with the client's headers and X-Forwarded-Method/-Uri/-Host/-Proto/-For) and checks the answer against
 * what the file copies and strips.
 */
describe('Traefik (deploy/traefik-dynamic.yml): the header contract with /auth/forward', () => {
  const stage = useKeyward();

  /** Keyward's answer to Traefik's check of `method path` sent by a client at `clientIp` with `headers`. */
  const askedByTraefik = (method: string, uri: string, headers: Headers = {}, clientIp = '198.51.100.4'): Promise<Reply> =>
    call(stage.url, new URL(forwardAuth!.address).pathname, {
      headers: {
        ...headers,
        'x-forwarded-method': method,
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'api.example.com',
        'x-forwarded-uri': uri,
        'x-forwarded-for': clientIp,
      },
    });

  it('asks /auth/forward without trusting the client, strips its Keyward-* headers first and the key last', () => {
    expect(forwardAuth).toMatchObject({ trustForwardHeader: false });
    expect(new URL(forwardAuth!.address).pathname).toBe('/auth/forward');
    expect(forwardAuth!.authResponseHeaders.map((h) => h.toLowerCase()).sort()).toEqual(IDENTITY_HEADERS);
    const stripFirst = Object.keys(chain[0].headers?.customRequestHeaders ?? {}).map((h) => h.toLowerCase());
    expect(stripFirst).toEqual(expect.arrayContaining([...IDENTITY_HEADERS, 'keyward-status']));
    expect(chain.at(-1)?.headers?.customRequestHeaders).toEqual({ 'X-API-Key': '', Authorization: '' });
  });

  it("answers Traefik's check 200 with every identity header the file copies, and the API gets those and never the key", async () => {
    const { member, key, id } = await aMemberWithKey(stage);
    const client = { 'x-api-key': key, 'keyward-user-id': 'usr_forged', 'keyward-permissions': 'users:manage' };
    const answer = await askedByTraefik('GET', '/invoices/1?page=2', client);
    expect(answer.status, show(answer)).toBe(200);
    const toApi = forwardedToApi(client, lower(answer.headers));
    expect(toApi).toMatchObject({ 'keyward-user-id': member.user.id, 'keyward-user-email': member.user.email, 'keyward-key-id': id });
    expect(toApi['keyward-workspace-id']).toBe(stage.owner.workspace.id);
    expect(toApi['keyward-permissions'].split(',')).toContain(INVOICES_READ);
    expect(
      Object.keys(toApi)
        .filter((h) => h.startsWith('keyward-'))
        .sort(),
    ).toEqual(IDENTITY_HEADERS);
    expect(JSON.stringify(toApi)).not.toMatch(new RegExp(`${key}|forged|users:manage`));

    const bearer = await askedByTraefik('GET', '/invoices/2', { authorization: `Bearer ${key}` });
    expect(bearer.status, show(bearer)).toBe(200);
    expect(forwardedToApi({ authorization: `Bearer ${key}` }, lower(bearer.headers)).authorization).toBeUndefined();
  });

  it('refuses with the real status (Traefik passes any non-2xx on as it is), the problem body and empty identity headers', async () => {
    const { key, id } = await aMemberWithKey(stage, { restriction: [INVOICES_READ] });
    const lacking = await askedByTraefik('POST', '/invoices', { 'x-api-key': key });
    expectProblem(lacking, 403, 'insufficient_permission');
    for (const h of IDENTITY_HEADERS) expect(lacking.headers[h], h).toBe('');
    expectProblem(await askedByTraefik('GET', '/payroll/2026', { 'x-api-key': key }), 403, 'route_not_allowed');

    const revoked = await stage.t.request({ method: 'POST', url: `/api/keys/${id}/revoke`, as: stage.owner });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const refused = await askedByTraefik('GET', '/invoices/1', { 'x-api-key': key });
    expectProblem(refused, 401, 'revoked_api_key');
    expect(refused.headers['www-authenticate']).toBe('ApiKey header="X-API-Key"');
  });

  it('answers the 11th check in a second 429 itself, with Retry-After and the RateLimit fields', async () => {
    const { key } = await aMemberWithKey(stage);
    for (let i = 0; i < 10; i++) expect((await askedByTraefik('GET', '/invoices/1', { 'x-api-key': key })).status).toBe(200);
    const eleventh = await askedByTraefik('GET', '/invoices/1', { 'x-api-key': key });
    expectProblem(eleventh, 429, 'rate_limited');
    expect(eleventh.headers['retry-after']).toBe('1');
    expect(eleventh.headers.ratelimit).toMatch(/"second";r=0;t=1/);
    expect(eleventh.headers['ratelimit-policy']).toBe('"minute";q=100;w=60, "second";q=10;w=1');
  });

  it("takes the client's address from Traefik's X-Forwarded-For (Traefik connects from a trusted address)", async () => {
    const { key } = await aMemberWithKey(stage, { allowed_ips: ['203.0.113.7'] });
    expect((await askedByTraefik('GET', '/invoices/1', { 'x-api-key': key }, '203.0.113.7')).status).toBe(200);
    expectProblem(await askedByTraefik('GET', '/invoices/1', { 'x-api-key': key }, '198.51.100.4'), 403, 'ip_not_allowed');
  });
});
