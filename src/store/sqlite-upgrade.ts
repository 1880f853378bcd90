import { readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { MigrationError } from './migrate.js';

/**
 * Runs `fn` holding the upgrade lock of an SQLite database: an exclusive lock on a small SQLite file
 * beside it (`keyward.db.migrate-lock`, made on first use and left in place), so a second `keyward migrate`
 * or a server starting meanwhile waits up to `waitMs`, then finds the work done — and neither takes a
 * pre-migration copy of a half-upgraded database. The operating system drops the lock when the process
 * dies, so a killed run never leaves it held.
 */
export async function withUpgradeLock<T>(file: string, waitMs: number, fn: () => Promise<T>): Promise<T> {
  const lock = new SQLite(`${file}.migrate-lock`);
  try {
    lock.pragma(`busy_timeout = ${Math.max(0, Math.floor(waitMs))}`);
    try {
      lock.exec('begin exclusive');
    } catch (err) {
      const cause = err instanceof Error ? err.message : String(err);
      throw new MigrationError(`another Keyward has been migrating ${file} for over ${Math.round(waitMs / 1000)} s (${cause}); try again once it has finished`);
    }
    try {
      return await fn();
    } finally {
      lock.exec('rollback');
    }
  } finally {
    lock.close();
  }
}

/** How many pre-migration copies are kept beside the database (the newest). */
export const PRE_MIGRATION_COPIES_KEPT = 2;

const PREFIX = (file: string) => `${basename(file)}.pre-migrate-`;

/** `keyward.db.pre-migrate-20261130T101500123Z-after-005-email-per-workspace.bak`: sorts by time. */
function copyName(file: string, lastApplied: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  return `${PREFIX(file)}${stamp}-after-${lastApplied}.bak`;
}

/**
 * The copy taken before migrating an SQLite database that holds data: SQLite's online backup into the
 * database's directory (DATA_DIR), written under a temporary name and renamed once complete, so a copy
 * that exists is whole. The newest PRE_MIGRATION_COPIES_KEPT are kept. A copy that cannot be made (a full
 * disk, no permission) stops the upgrade before anything is migrated. Returns the copy's path.
 */
export async function preMigrationCopy(backupTo: (dest: string) => Promise<void>, file: string, lastApplied: string, now = new Date()): Promise<string> {
  const dir = dirname(file);
  const dest = join(dir, copyName(file, lastApplied, now));
  const partial = `${dest}.partial`;
  try {
    await backupTo(partial);
    renameSync(partial, dest);
  } catch (err) {
    rmSync(partial, { force: true });
    const cause = err instanceof Error ? err.message : String(err);
    throw new MigrationError(`could not copy the database to ${dest} before migrating (${cause}); nothing was migrated`);
  }
  prune(file);
  return dest;
}

/** Removes all but the newest copies, and any partial copy an interrupted run left behind. */
function prune(file: string): void {
  const dir = dirname(file);
  const mine = readdirSync(dir).filter((n) => n.startsWith(PREFIX(file)));
  for (const n of mine.filter((n) => n.endsWith('.partial'))) rmSync(join(dir, n), { force: true });
  const copies = mine.filter((n) => n.endsWith('.bak')).sort();
  for (const n of copies.slice(0, Math.max(0, copies.length - PRE_MIGRATION_COPIES_KEPT))) rmSync(join(dir, n), { force: true });
}
