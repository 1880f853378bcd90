import { describe, expect, it } from 'vitest';
import { cli, dataDirWithServer } from '../support/process.js';

/** The operator's way back in for a locked-out last owner: `keyward users reset-password`, as real processes. */
describe('keyward users reset-password', () => {
  const { env, serve } = dataDirWithServer('cli-reset');

  it('gives a locked-out owner a temporary password that signs in once and must be changed; audited as the operator', async () => {
    const owner = cli(
      ['users', 'create', '--email', 'owner@example.test', '--name', 'Olga', '--role', 'owner', '--workspace', 'Acme'],
      env,
      'the forgotten password\n',
    );
    expect(owner.code, owner.stderr).toBe(0);
    const reset = cli(['users', 'reset-password', '--email', 'owner@example.test'], env);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stderr).toContain('shown only once');
    const temporary = reset.stdout.trim();
    expect(temporary.length).toBeGreaterThanOrEqual(12);

    const server = await serve();
    const login = (password: string) =>
      fetch(`${server.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'owner@example.test', password }),
      });
    expect((await login('the forgotten password')).status).toBe(401);
    const signedIn = await login(temporary);
    expect(signedIn.status).toBe(200);
    const session = await signedIn.json();
    expect(session.pending).toBe('password_change');
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0];
    const headers = { cookie, 'x-csrf-token': session.csrf_token, 'content-type': 'application/json' };
    expect((await fetch(`${server.url}/api/contacts`, { headers })).status).toBe(403);
    const changed = await fetch(`${server.url}/api/me/password`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ current_password: temporary, new_password: 'a brand new long password' }),
    });
    expect(changed.status, await changed.clone().text()).toBe(200);
    expect((await fetch(`${server.url}/api/contacts`, { headers })).status).toBe(200);

    const audit = await (await fetch(`${server.url}/api/audit?action=user.password_reset`, { headers })).json();
    expect(audit.data).toHaveLength(1);
    expect(audit.data[0].actor.type).toBe('operator');
    expect((await login(temporary)).status).toBe(401);
    expect((await login('a brand new long password')).status).toBe(200);
  }, 120_000);
});
