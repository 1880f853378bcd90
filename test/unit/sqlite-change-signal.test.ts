import { rmSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChangeSignal, otherConnectionsCommits } from '../../src/store/dialects/sqlite/index.js';
import { tempDir } from '../support/process.js';

describe("the SQLite change signal (the key cache's view of other processes' commits)", () => {
  const open: { close(): unknown }[] = [];
  let dir = '';
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function setup(): { own: SQLite.Database; other: SQLite.Database; signal: ChangeSignal } {
    dir = tempDir('signal');
    const file = join(dir, 'db.sqlite');
    const own = new SQLite(file);
    own.pragma('journal_mode = WAL');
    own.exec('CREATE TABLE t (v INTEGER)');
    const other = new SQLite(file);
    const signal = otherConnectionsCommits(own, file);
    open.push(signal, other, own);
    return { own, other, signal };
  }

  it("moves on another connection's commit and not on this connection's own", () => {
    const { own, other, signal } = setup();
    const v0 = signal.version();
    own.exec('INSERT INTO t VALUES (1)');
    expect(signal.version()).toBe(v0);
    other.exec('INSERT INTO t VALUES (2)');
    const v1 = signal.version();
    expect(v1).not.toBe(v0);
    expect(signal.version()).toBe(v1);
    other.exec('INSERT INTO t VALUES (3)');
    expect(signal.version()).not.toBe(v1);
  });

  it('asks SQLite nothing while no connection has committed (the per-request fast path)', () => {
    const { own, other, signal } = setup();
    signal.version();
    const before = signal.queries;
    for (let i = 0; i < 100; i++) signal.version();
    expect(signal.queries).toBe(before);
    own.exec('INSERT INTO t VALUES (1)');
    signal.version();
    expect(signal.queries).toBe(before + 1);
    other.exec('INSERT INTO t VALUES (2)');
    signal.version();
    signal.version();
    expect(signal.queries).toBe(before + 2);
  });

  it('still sees commits after a checkpoint restarts the WAL', () => {
    const { other, signal } = setup();
    let v = signal.version();
    for (let i = 0; i < 5; i++) {
      other.exec('INSERT INTO t VALUES (1)');
      other.pragma('wal_checkpoint(TRUNCATE)');
      other.exec('INSERT INTO t VALUES (2)');
      const next = signal.version();
      expect(next).not.toBe(v);
      v = next;
    }
  });

  it('asks data_version on every call where there is no WAL to watch', () => {
    const own = new SQLite(':memory:');
    const signal = otherConnectionsCommits(own, ':memory:');
    open.push(signal, own);
    const before = signal.queries;
    signal.version();
    signal.version();
    expect(signal.queries).toBe(before + 2);
  });

  it("anyCommit moves on every commit, this connection's own included, and stays while none lands", () => {
    const { own, other, signal } = setup();
    const g0 = signal.anyCommit();
    expect(g0).toBeTypeOf('number');
    for (let i = 0; i < 10; i++) expect(signal.anyCommit()).toBe(g0);
    own.exec('INSERT INTO t VALUES (1)');
    const g1 = signal.anyCommit();
    expect(g1).not.toBe(g0);
    other.exec('INSERT INTO t VALUES (2)');
    const g2 = signal.anyCommit();
    expect(g2).not.toBe(g1);
    expect(signal.anyCommit()).toBe(g2);
  });

  it('anyCommit is undefined where there is no WAL to watch (nothing may be kept on its account)', () => {
    const own = new SQLite(':memory:');
    const signal = otherConnectionsCommits(own, ':memory:');
    open.push(signal, own);
    expect(signal.anyCommit()).toBeUndefined();
  });
});
