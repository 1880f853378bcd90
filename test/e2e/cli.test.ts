import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, dataDirWithServer } from '../support/process.js';

describe('the keyward CLI and server, as real processes on the embedded SQLite default', () => {
  const { dataDir, env, serve } = dataDirWithServer('cli');

  it('--help lists serve, migrate, users and keys', () => {
    const { code, stdout } = cli(['--help'], env);
    expect(code).toBe(0);
    for (const c of ['serve', 'migrate', 'users', 'keys']) expect(stdout).toContain(c);
  });

  it('creates the owner, a key, serves with SQLite, lists and revokes the key', async () => {
    expect(cli(['migrate'], env).stdout).toMatch(/applied: 001-initial|up to date/);
    const member = cli(['users', 'create', '--email', 'm@example.test', '--role', 'member', '--password', 'long enough password'], env);
    expect(member.code).not.toBe(0);
    expect(member.stderr).toContain('--role owner');
    const owner = cli(
      ['users', 'create', '--email', 'Owner@Example.test', '--name', 'Olga', '--role', 'owner', '--workspace', 'Acme'],
      env,
      'a long enough password\n',
    );
    expect(owner.code, owner.stderr).toBe(0);
    expect(owner.stdout).toContain('created owner owner@example.test');
    const short = cli(['users', 'create', '--email', 'x@example.test', '--password', 'short'], env);
    expect(short.code).toBe(2);

    const created = cli(['keys', 'create', '--user', 'owner@example.test', '--name', 'CRM Integration', '--expires-in-days', '90'], env);
    expect(created.code, created.stderr).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^ak_live_[0-9A-Za-z]{38}$/);
    expect(created.stderr).toContain('shown only once');

    const server = await serve();
    expect(existsSync(join(dataDir, 'keyward.db'))).toBe(true);
    const res = await fetch(`${server.url}/api/contacts`, { headers: { 'X-API-Key': key } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: [], next_cursor: null });

    const listed = cli(['keys', 'list'], env);
    expect(listed.stdout).toContain('CRM Integration');
    expect(listed.stdout).toContain('active');
    expect(listed.stdout).not.toContain(key);
    const id = /key_[0-9A-Za-z]+/.exec(listed.stdout)?.[0] ?? '';
    const revoked = cli(['keys', 'revoke', id], env);
    expect(revoked.stdout).toContain('revoked');
    const after = await fetch(`${server.url}/api/contacts`, { headers: { 'X-API-Key': key } });
    expect(after.status).toBe(401);
    expect((await after.json()).code).toBe('revoked_api_key');
    // The console acts as an operator, audited as itself, not as a borrowed owner session.
    const signIn = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@example.test', password: 'a long enough password' }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
    const audit = await (await fetch(`${server.url}/api/audit?action=key.revoked`, { headers: { cookie } })).json();
    expect(audit.data[0].actor.type).toBe('operator');
    expect(audit.data[0].actor.id).toMatch(/^operator:/);
    expect(cli(['users', 'list'], env).stdout).toContain('owner@example.test\towner');
    expect(await server.stop()).toBe(0);
  }, 120_000);
});
