import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/app.js';
import { PASSWORD, anOwner } from '../support/fixtures.js';

describeEachDialect(`client_ip: the caller's address as the server sees it, for the allowlist editor`, ({ app }) => {
  it('setup, sign-in and GET /auth/session answer with the address of the request at hand', async () => {
    const t = await app();
    const body = { workspace_name: 'Acme', email: 'olga@example.test', name: 'Olga', password: PASSWORD };
    const setup = await t.request({ method: 'POST', url: '/auth/setup', body, ip: '203.0.113.5' });
    expect(setup.json().client_ip).toBe('203.0.113.5');
    const login = await t.request({ method: 'POST', url: '/auth/login', body: { email: body.email, password: PASSWORD }, ip: '2001:db8::7' });
    expect(login.json().client_ip).toBe('2001:db8::7');
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const session = await t.request({ url: '/auth/session', headers: { cookie }, ip: '198.51.100.9' });
    expect(session.statusCode).toBe(200);
    expect(session.json().client_ip).toBe('198.51.100.9');
  });

  it('behind TRUST_PROXY, the forwarded client address; X-Forwarded-For from anyone else changes nothing', async () => {
    const t = await app({ config: { trustProxy: ['10.0.0.1'] } });
    const owner = await anOwner(t);
    const session = (ip: string, xff: string) => t.request({ url: '/auth/session', headers: { cookie: owner.cookie, 'x-forwarded-for': xff }, ip });
    expect((await session('10.0.0.1', '203.0.113.77')).json().client_ip).toBe('203.0.113.77');
    expect((await session('192.0.2.50', '203.0.113.77')).json().client_ip).toBe('192.0.2.50');
    const signup = await t.request({
      method: 'POST',
      url: '/auth/signup',
      body: { workspace_name: 'B', email: 'b@example.test', name: 'B', password: PASSWORD },
      ip: '10.0.0.1',
      headers: { 'x-forwarded-for': '198.51.100.3' },
    });
    expect(signup.json().client_ip).toBe('198.51.100.3');
  });
});
