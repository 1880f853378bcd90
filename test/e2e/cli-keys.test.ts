import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import { cli, tempDir } from '../support/process.js';

const DAY = 86_400_000;
/** Each CLI run is a fresh Node process compiling TypeScript: seconds apiece on a busy machine (every test here). */
const SLOW = { timeout: 240_000 };
const PASSWORD = ['--password', 'a long enough password'];

/** A data directory with its first owner, created by the CLI; the workspace id from its output. */
function withOwner(label: string) {
  const dataDir = tempDir(label);
  const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
  const owner = cli(['users', 'create', '--email', 'owner@example.test', '--role', 'owner', '--workspace', 'Acme', ...PASSWORD], env);
  expect(owner.code, owner.stderr).toBe(0);
  const workspaceId = /\((wks_[0-9A-Za-z]+)\)/.exec(owner.stdout)?.[1] ?? '';
  return { dataDir, env, workspaceId, owner };
}

const expiresAt = (stderr: string) => Date.parse(/expires (\S+)/.exec(stderr)?.[1] ?? '');

describe("the keyward CLI without the server's database file", SLOW, () => {
  it("keys list, keys revoke and a member's users create refuse with exit 1, say where they looked, and create nothing", () => {
    const dataDir = join(tempDir('cli-nodb'), 'elsewhere');
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const commands = [
      ['keys', 'list'],
      ['keys', 'revoke', 'key_123'],
      ['users', 'create', '--email', 'm@example.test', ...PASSWORD],
    ];
    for (const args of commands) {
      const r = cli(args, env);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain(`${join(dataDir, 'keyward.db')} does not exist yet`);
      expect(r.stderr).toContain("set DATA_DIR to the server's data directory");
      expect(existsSync(dataDir), args.join(' ')).toBe(false);
    }
  });

  it('the first owner creates it, with a warning naming the file', () => {
    const { dataDir, owner } = withOwner('cli-first');
    expect(owner.stderr).toContain(`warning: the database file ${join(dataDir, 'keyward.db')} does not exist yet`);
    expect(existsSync(join(dataDir, 'keyward.db'))).toBe(true);
    const listed = cli(['users', 'list'], { DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(listed.code).toBe(0);
    expect(listed.stderr).toBe('');
  });
});

describe('keyward keys create: expiry by default', SLOW, () => {
  it('defaults to 90 days; --no-expiry opts out with a warning; not both', () => {
    const { env } = withOwner('cli-expiry');
    const before = Date.now();
    const byDefault = cli(['keys', 'create', '--user', 'owner@example.test', '--name', 'Default'], env);
    expect(byDefault.code, byDefault.stderr).toBe(0);
    const at = expiresAt(byDefault.stderr);
    expect(at).toBeGreaterThanOrEqual(before + 90 * DAY);
    expect(at).toBeLessThanOrEqual(Date.now() + 90 * DAY);
    expect(byDefault.stderr).not.toContain('security risk');

    const forever = cli(['keys', 'create', '--user', 'owner@example.test', '--name', 'Forever', '--no-expiry'], env);
    expect(forever.code, forever.stderr).toBe(0);
    expect(forever.stderr).toContain('expires never');
    expect(forever.stderr).toMatch(/warning: .*without expiry are a security risk/);
    expect(forever.stdout.trim()).toMatch(/^ak_live_/);

    const both = cli(['keys', 'create', '--user', 'owner@example.test', '--name', 'Both', '--no-expiry', '--expires-in-days', '5'], env);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
  });

  it("keeps to the workspace's policy: a shorter maximum lifetime shortens the default, required expiry refuses --no-expiry", async () => {
    const { dataDir, env, workspaceId } = withOwner('cli-policy');
    const store = openSqliteStore({ file: join(dataDir, 'keyward.db') });
    await store.workspaces.update(workspaceId, { maxKeyLifetimeDays: 30, requireKeyExpiry: true });
    await store.close();
    const before = Date.now();
    const short = cli(['keys', 'create', '--user', 'owner@example.test', '--name', 'Short'], env);
    expect(short.code, short.stderr).toBe(0);
    expect(expiresAt(short.stderr)).toBeGreaterThanOrEqual(before + 30 * DAY);
    expect(expiresAt(short.stderr)).toBeLessThanOrEqual(Date.now() + 30 * DAY);
    const forever = cli(['keys', 'create', '--user', 'owner@example.test', '--name', 'Forever', '--no-expiry'], env);
    expect(forever.code).toBe(2);
    expect(forever.stderr).toContain('requires every key to expire');
    expect(forever.stdout).toBe('');
  });
});

describe('keyward keys list', SLOW, () => {
  it('prints aligned columns (combining accents and wide characters included) and keeps --tsv for scripts', () => {
    const { env } = withOwner('cli-list');
    const names = ['CRM', 'Nightly export to the data warehouse', 'Cafe\u0301 ordering', '日本 sync'];
    for (const name of names) expect(cli(['keys', 'create', '--user', 'owner@example.test', '--name', name], env).code).toBe(0);
    const listed = cli(['keys', 'list'], env);
    expect(listed.code, listed.stderr).toBe(0);
    const lines = listed.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + names.length);
    // Terminal columns: a combining mark takes none, a CJK character two.
    const columnsOf = (s: string) => [...s.replace(/\p{M}/gu, '')].flatMap((ch) => (/\p{Script=Han}/u.test(ch) ? [ch, ''] : [ch]));
    const header = columnsOf(lines[0]);
    for (const title of ['hint', 'status', 'owner', 'created', 'last used', 'expires']) {
      const at = header.join('').indexOf(title);
      for (const line of lines.slice(1)) {
        const row = columnsOf(line);
        expect(row[at - 1], `${title} in ${line}`).toBe(' ');
        expect(row[at], `${title} in ${line}`).not.toBe(' ');
      }
    }
    for (const line of lines.slice(1)) expect(line).toMatch(/ak_live_….{4} +active +owner@example\.test +\d{4}-\d\d-\d\d \d\d:\d\dZ +never +\d{4}-/);

    const tsv = cli(['keys', 'list', '--tsv'], env).stdout.trimEnd().split('\n');
    expect(tsv[0]).toBe('id\tname\thint\tstatus\towner\tcreated\tlast used\texpires');
    expect(
      tsv
        .slice(1)
        .map((l) => l.split('\t')[1])
        .sort(),
    ).toEqual([...names].sort());
    expect(tsv[1].split('\t')[5]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('users create-service adds a service account, and keys create --user-id makes its key; users list shows it', () => {
    const { env } = withOwner('cli-service');
    const sa = cli(['users', 'create-service', '--name', 'Billing sync', '--role', 'member'], env);
    expect(sa.code, sa.stderr).toBe(0);
    const id = /\((usr_[0-9A-Za-z]+)\)/.exec(sa.stdout)?.[1] ?? '';
    expect(sa.stdout).toContain('created service account "Billing sync"');
    const key = cli(['keys', 'create', '--user-id', id, '--name', 'Invoices'], env);
    expect(key.code, key.stderr).toBe(0);
    expect(key.stderr).toContain('for Billing sync');
    expect(key.stdout.trim()).toMatch(/^[a-z]+_/);
    const list = cli(['users', 'list'], env);
    expect(list.stdout).toContain(`${id}\t(service account)\tmember\tBilling sync`);
    const both = cli(['keys', 'create', '--user-id', id, '--user', 'owner@example.test', '--name', 'x'], env);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('one of them');
  });
});
