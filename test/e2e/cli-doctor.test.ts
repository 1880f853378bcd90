import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/backends.js';
import { POSTGRES_URL, REDIS_URL } from '../support/env.js';
import { freePort } from '../support/ports.js';
import { cli, tempDir } from '../support/process.js';

/** Settings blanked so the machine's environment does not leak into what doctor checks. */
const BLANK = { DATABASE_URL: '', REDIS_URL: '', SMTP_URL: '', KEYWARD_PEPPER: '', KEYWARD_PEPPER_PREVIOUS: '', PUBLIC_URL: '', WEBHOOK_ENCRYPTION_KEY: '' };

/** A migrated SQLite data directory of its own. */
function migratedDataDir(): string {
  const dataDir = tempDir('doctor');
  const migrated = cli(['migrate'], { ...BLANK, DATA_DIR: dataDir });
  expect(migrated.code, migrated.stderr).toBe(0);
  return dataDir;
}

/** `postgres://…` with its search_path set to `schema` (the way an operator points Keyward at a schema). */
const inSchema = (url: string, schema: string) => `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

describe('keyward doctor', () => {
  it('passes on a migrated database, printing the configuration with every secret masked', () => {
    const pepper = 'v3:pepper-secret-0123456789';
    const previous = 'v2:older-secret-0123456789';
    const webhookKey = 'webhook-key-0123456789abcdef';
    const { code, stdout, stderr } = cli(['doctor'], {
      ...BLANK,
      DATA_DIR: migratedDataDir(),
      KEYWARD_PEPPER: pepper,
      KEYWARD_PEPPER_PREVIOUS: `${previous},none`,
      WEBHOOK_ENCRYPTION_KEY: webhookKey,
      SMTP_FROM: 'Ops <ops@example.test>',
      PUBLIC_URL: 'https://keys.example.test',
    });
    expect(code, stdout + stderr).toBe(0);
    expect(stdout).toMatch(/ok {4}database: sqlite .*keyward\.db: reachable, schema up to date \(\d+ migrations\)/);
    expect(stdout).toMatch(/pepper {2,}v3:\*\*\*\*/);
    expect(stdout).toMatch(/previousPeppers {2,}v2:\*\*\*\*, none/);
    expect(stdout).toContain('ok    pepper: set (version 3); 2 previous still accepted');
    expect(stdout).toContain('ok    public URL: https://keys.example.test');
    for (const secret of ['pepper-secret', 'older-secret', webhookKey]) expect(stdout + stderr).not.toContain(secret);
  });

  it('reports a Redis that is not running with one clear line, and exits 1', async () => {
    const closed = await freePort();
    const { code, stdout, stderr } = cli(['doctor'], { ...BLANK, DATA_DIR: migratedDataDir(), REDIS_URL: `redis://:redis-password-123@127.0.0.1:${closed}` });
    expect(code, stdout + stderr).toBe(1);
    expect(stdout).toMatch(/ok {4}database: /);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^keyward doctor: redis: redis://:\\*\\*\\*\\*@127\\.0\\.0\\.1:${closed}/?: not reachable \\(.*ECONNREFUSED.*\\)$`)),
    ]);
    expect(stdout + stderr).not.toContain('redis-password-123');
  });

  it('reports an SMTP server that does not answer, and exits 1', async () => {
    const closed = await freePort();
    const { code, stderr } = cli(['doctor'], { ...BLANK, DATA_DIR: migratedDataDir(), SMTP_URL: `smtp://mailer:smtp-password-123@127.0.0.1:${closed}` });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^keyward doctor: smtp: smtp://mailer:\\*\\*\\*\\*@127\\.0\\.0\\.1:${closed}/?: not reachable \\(.*ECONNREFUSED.*\\)$`)),
    ]);
    expect(stderr).not.toContain('smtp-password-123');
  });

  it('reports a missing SQLite file without creating it, and exits 1', () => {
    const dataDir = tempDir('doctor-empty');
    const { code, stderr } = cli(['doctor'], { ...BLANK, DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^keyward doctor: database: sqlite .*keyward\.db: the file does not exist/m);
    expect(cli(['doctor'], { ...BLANK, DATA_DIR: dataDir }).stderr).toContain('does not exist');
  });

  describe.runIf(DIALECTS.includes('postgres'))('on PostgreSQL', () => {
    const schemas: string[] = [];
    const freshSchema = async () => {
      const schema = `doctor_${randomBytes(5).toString('hex')}`;
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`create schema ${schema}`);
      await c.end();
      schemas.push(schema);
      return schema;
    };
    afterAll(async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      for (const schema of schemas) await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    });

    it('reports an empty (unmigrated) database with one clear line, and exits 1; after `keyward migrate` it passes', async () => {
      const env = { ...BLANK, DATABASE_URL: inSchema(POSTGRES_URL, await freshSchema()), REDIS_URL };
      const before = cli(['doctor'], env);
      expect(before.code, before.stdout + before.stderr).toBe(1);
      expect(before.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^keyward doctor: database: postgres 127\.0\.0\.1:5432\/test: reachable but not migrated .*run `keyward migrate`$/),
      ]);
      expect(before.stdout).toMatch(/ok {4}redis: redis:\/\/127\.0\.0\.1:6379\/?: reachable, takes writes/);

      expect(cli(['migrate'], env).code).toBe(0);
      const after = cli(['doctor'], env);
      expect(after.code, after.stdout + after.stderr).toBe(0);
      expect(after.stdout).toMatch(/ok {4}database: postgres 127\.0\.0\.1:5432\/test: reachable, schema up to date/);
    });

    it('reports a PostgreSQL that does not answer, and exits 1', async () => {
      const closed = await freePort();
      const { code, stderr } = cli(['doctor'], { ...BLANK, DATABASE_URL: `postgres://postgres:pg-password-123@127.0.0.1:${closed}/test` });
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`^keyward doctor: database: postgres 127\\.0\\.0\\.1:${closed}/test: not reachable \\(.*ECONNREFUSED.*\\)$`, 'm'));
      expect(stderr).not.toContain('pg-password-123');
    });
  });
});
