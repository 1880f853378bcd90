import { createHash, randomInt } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import { Migrator, sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import * as initial from '../../src/store/migrations/001-initial.js';
import { MIGRATION_NAMES, MigrationError, migrateToLatest } from '../../src/store/migrate.js';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import { preMigrationCopy } from '../../src/store/sqlite-upgrade.js';
import { runKeyward, spawnKeyward } from '../support/servers.js';

/**
 * SQLite upgrades that cannot strand a database: each migration is one transaction, so a
 * `keyward migrate` killed at any point, or stopped by a full disk, leaves whole migrations only, and the
 * next run completes with data identical to an uninterrupted run; concurrent runs wait for each other.
 */

const CONTACTS = 60_000;

/** A database as a version that only had 001-initial left it: users with keys, sessions, many contacts. */
function oldDatabase(file: string): Promise<void> {
  return (async () => {
    const store = openSqliteStore({ file });
    const migrator = new Migrator({ db: store.db, provider: { getMigrations: async () => ({ '001-initial': initial }) } });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    await store.close();
    const db = new SQLite(file);
    db.exec(`insert into workspaces (id, name, created_at, max_key_lifetime_days, require_key_expiry) values ('wks_1', 'Acme', 1, 366, 0)`);
    const user = db.prepare(
      `insert into users (id, workspace_id, email, name, role, password_hash, disabled, created_at) values (?, 'wks_1', ?, ?, ?, 'scrypt$x', 0, ?)`,
    );
    const key = db.prepare(
      `insert into api_keys (id, workspace_id, user_id, key_hash, hint, name, created_at, created_by, expires_at, restriction) values (?, 'wks_1', ?, ?, 'ak_live_abcd', ?, ?, ?, null, null)`,
    );
    const contact = db.prepare(
      `insert into contacts (id, workspace_id, name, email, phone, company, notes, tags, created_at, updated_at) values (?, 'wks_1', ?, ?, null, ?, ?, '[]', ?, ?)`,
    );
    db.transaction(() => {
      for (let u = 0; u < 5; u++) {
        user.run(`usr_${u}`, `u${u}@example.test`, `User ${u}`, u === 0 ? 'owner' : 'member', 1000 + u);
        for (let k = 0; k < 3; k++)
          key.run(`key_${u}_${k}`, `usr_${u}`, createHash('sha256').update(`${u}/${k}`).digest('hex'), `Key ${u}.${k}`, 2000 + k, `usr_${u}`);
      }
      for (let i = 0; i < CONTACTS; i++) {
        const id = `con_${String(i).padStart(6, '0')}`;
        contact.run(
          id,
          `Pérson Nümber ${i}`,
          i % 3 ? `p${i}@example.test` : null,
          i % 7 ? null : `Company ${i % 97}`,
          i % 11 ? null : `notes ${i}`,
          1_700_000_000_000 + i,
          1_700_000_000_000 + i,
        );
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  })();
}

/** Everything in the database but the times migrations ran at: schema, and a hash of each table's rows. */
function dump(file: string): { migrations: string[]; schema: string[]; tables: Record<string, string> } {
  const db = new SQLite(file);
  try {
    const migrations = (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
    const objects = db.prepare(`select type, name, sql from sqlite_master where name not like 'sqlite_%' order by name`).all() as {
      type: string;
      name: string;
      sql: string | null;
    }[];
    const tables: Record<string, string> = {};
    for (const o of objects) {
      if (o.type !== 'table' || o.name === 'kysely_migration' || /virtual table/i.test(o.sql ?? '')) continue;
      const rows = (db.prepare(`select * from "${o.name}"`).raw(true).all() as unknown[][]).map((r) =>
        JSON.stringify(r.map((v) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v))),
      );
      tables[o.name] = `${rows.length}:${createHash('sha256').update(rows.sort().join('\n')).digest('hex')}`;
    }
    return { migrations, schema: objects.map((o) => `${o.type} ${o.name}: ${o.sql ?? ''}`), tables };
  } finally {
    db.close();
  }
}

/** What a database must look like with exactly these migrations recorded: every one whole, none in part. */
function expectWholeMigrations(file: string): string[] {
  const db = new SQLite(file);
  try {
    const recorded = (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
    expect(MIGRATION_NAMES.slice(0, recorded.length)).toEqual(recorded);
    const columns = (db.prepare('pragma table_info(contacts)').all() as { name: string }[]).map((c) => c.name);
    const has = (name: string) => db.prepare('select 1 from sqlite_master where name = ?').get(name) !== undefined;
    expect(columns.includes('search_name')).toBe(recorded.includes('002-contact-search'));
    expect(has('contacts_search')).toBe(recorded.includes('002-contact-search'));
    expect(has('users_workspace_email')).toBe(recorded.includes('005-email-per-workspace'));
    expect(db.prepare('select count(*) as n from contacts').get()).toEqual({ n: CONTACTS });
    expect(db.prepare('select count(*) as n from api_keys').get()).toEqual({ n: 15 });
    return recorded;
  } finally {
    db.close();
  }
}

const copies = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.bak'))
    .sort();

describe('SQLite migrations: atomic, locked, copied first', () => {
  const root = mkdtempSync(join(tmpdir(), 'keyward-upgrade-'));
  const oldFile = join(root, 'old.db');
  let reference: ReturnType<typeof dump>;
  let spanMs = 0;

  /** A fresh DATA_DIR holding a copy of the old database. */
  const dataDirWithOld = (label: string) => {
    const dir = join(root, label);
    mkdirSync(dir);
    copyFileSync(oldFile, join(dir, 'keyward.db'));
    return dir;
  };

  beforeAll(async () => {
    await oldDatabase(oldFile);
    const dir = dataDirWithOld('reference');
    const run = spawnKeyward(['migrate'], { DATA_DIR: dir });
    let copiedAt = 0;
    run.child.stderr?.on('data', (c: Buffer) => {
      if (!copiedAt && c.toString().includes('before migrating')) copiedAt = performance.now();
    });
    const code = await run.exited;
    spanMs = performance.now() - copiedAt;
    expect(code, run.output()).toBe(0);
    expect(run.output()).toContain(`applied: ${MIGRATION_NAMES.slice(1).join(', ')}`);
    reference = dump(join(dir, 'keyward.db'));
    expect(reference.migrations).toEqual(MIGRATION_NAMES);
    // One copy, taken before anything was migrated: the old database as it was.
    const [copy, ...more] = copies(dir);
    expect(more).toEqual([]);
    expect(copy).toMatch(/^keyward\.db\.pre-migrate-\d{8}T\d{9}Z-after-001-initial\.bak$/);
    expect(dump(join(dir, copy))).toEqual(dump(oldFile));
  }, 180_000);

  it('`keyward migrate` killed at random points, twice, then run again: identical to an uninterrupted run', async () => {
    const reached: string[][] = [];
    for (let trial = 0; trial < 3; trial++) {
      const dir = dataDirWithOld(`killed-${trial}`);
      const file = join(dir, 'keyward.db');
      for (let kill = 0; kill < 2; kill++) {
        const run = spawnKeyward(['migrate'], { DATA_DIR: dir });
        // Wait for the migrations to start (the copy is taken just before), then kill somewhere in them.
        const started = new Promise<void>((resolve) => run.child.stderr?.on('data', (c: Buffer) => c.toString().includes('before migrating') && resolve()));
        const first = await Promise.race([started.then(() => 'started' as const), run.exited.then(() => 'exited' as const)]);
        if (first === 'started') {
          await sleep(randomInt(0, Math.max(1, Math.round(spanMs))));
          run.child.kill('SIGKILL');
        }
        await run.exited;
        reached.push(expectWholeMigrations(file));
      }
      const last = await runKeyward(['migrate'], { DATA_DIR: dir }, 120_000);
      expect(last.code, last.output).toBe(0);
      expect(dump(file)).toEqual(reference);
      expect(copies(dir).length).toBeLessThanOrEqual(2);
    }
    // The kills landed inside the migrations at least once (not all before, not all after).
    expect(
      reached.some((r) => r.length > 0 && r.length < MIGRATION_NAMES.length),
      JSON.stringify(reached),
    ).toBe(true);
  }, 600_000);

  it('a full disk at any point of any migration (PRAGMA max_page_count): whole migrations only, then completes once there is room', async () => {
    const file = join(dataDirWithOld('full'), 'keyward.db');
    const store = openSqliteStore({ file });
    try {
      const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(store.db)).rows[0].page_count);
      let failures = 0;
      for (let room = 16; ; room *= 2) {
        await sql.raw(`pragma max_page_count = ${pages + room}`).execute(store.db);
        try {
          await migrateToLatest(store);
          break;
        } catch (err) {
          failures++;
          expect(String(err)).toMatch(/database or disk is full/);
          expectWholeMigrations(file);
        }
      }
      expect(failures).toBeGreaterThan(2);
      // The store still works on the same connection afterwards (foreign keys back on).
      expect((await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db)).rows[0].foreign_keys).toBe(1);
    } finally {
      await store.close();
    }
    expect(dump(file)).toEqual(reference);
  }, 300_000);

  it('three `keyward migrate` at once on the old database: they serialise, one applies, one copy is taken', async () => {
    const dir = dataDirWithOld('race');
    const runs = [0, 1, 2].map(() => spawnKeyward(['migrate'], { DATA_DIR: dir }));
    const codes = await Promise.all(runs.map((r) => r.exited));
    const outputs = runs.map((r) => r.output());
    expect(codes, outputs.join('\n---\n')).toEqual([0, 0, 0]);
    expect(outputs.filter((o) => o.includes('applied:'))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('schema is up to date'))).toHaveLength(2);
    expect(dump(join(dir, 'keyward.db'))).toEqual(reference);
    expect(copies(dir)).toHaveLength(1);
  }, 180_000);

  it('no copy, no migration; the last two copies are kept', async () => {
    const dir = dataDirWithOld('nocopy');
    const file = join(dir, 'keyward.db');
    const store = openSqliteStore({ file });
    try {
      const refused = migrateToLatest(store, {
        beforeMigrating: (last) => preMigrationCopy(() => Promise.reject(new Error('disk I/O error')), file, last).then(() => {}),
      });
      await expect(refused).rejects.toThrow(MigrationError);
      await expect(refused).rejects.toThrow(/could not copy the database .* \(disk I\/O error\); nothing was migrated/);
      expect(expectWholeMigrations(file)).toEqual(['001-initial']);
      expect(readdirSync(dir).filter((n) => n.includes('pre-migrate'))).toEqual([]);
      const backupTo = store.backupTo!;
      const made = [];
      for (let i = 0; i < 3; i++) made.push(await preMigrationCopy(backupTo, file, '001-initial', new Date(Date.UTC(2026, 10, 30, 10, i))));
      expect(copies(dir).map((n) => join(dir, n))).toEqual(made.slice(1));
    } finally {
      await store.close();
    }
  });

  it('a database migrated by a newer Keyward: one line saying what to do, exit 1, no stack trace', async () => {
    const dir = dataDirWithOld('newer');
    const file = join(dir, 'keyward.db');
    expect((await runKeyward(['migrate'], { DATA_DIR: dir }, 120_000)).code).toBe(0);
    const db = new SQLite(file);
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('999-from-the-future', new Date().toISOString());
    db.close();
    for (const command of [['migrate'], ['serve']]) {
      const res = await runKeyward(command, { DATA_DIR: dir, PORT: '0' }, 60_000);
      expect(res.code, res.output).toBe(1);
      expect(res.output.trim()).toBe(
        'keyward: this database was migrated by a newer Keyward (migration 999-from-the-future); run that version or restore the pre-upgrade copy (docs/deploy.md, "Upgrades")',
      );
    }
  }, 180_000);
});
