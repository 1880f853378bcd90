import { closeSync, openSync, readSync } from 'node:fs';
import type SQLite from 'better-sqlite3';

/** Bytes 0–95 of the -shm file: the wal-index header, twice (https://www.sqlite.org/walformat.html). */
const WAL_INDEX_HEADER_BYTES = 96;

export interface ChangeSignal {
  /** A number that moves whenever another connection (another process, e.g. the CLI) has committed. */
  version: () => number;
  /**
   * A number that moves whenever any connection, this one included, has committed since the last call;
   * undefined where there is no -shm file to read (then nothing read may be kept on its account).
   */
  anyCommit: () => number | undefined;
  /** How many times `PRAGMA data_version` was actually asked (tests check the fast path is taken). */
  readonly queries: number;
  close: () => void;
}

/**
 * `PRAGMA data_version` says exactly whether another connection has committed, but every call starts a
 * read transaction, with its file locks: 5–13 µs under load, a third of an authenticated request's cost
 * (bench/RESULTS.md). In WAL mode every commit, by any connection, rewrites the wal-index header at the
 * start of the -shm file, so one 96-byte read of it says whether anything committed at all; only when it
 * changed is data_version asked (it ignores this connection's own commits, so last-used flushes do not
 * count). The header is read before data_version, so a commit landing in between is caught by the next
 * call, never lost. Where there is no -shm file to read, every call asks data_version.
 */
export function otherConnectionsCommits(sqlite: SQLite.Database, file: string): ChangeSignal {
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  let queries = 0;
  const ask = (): number => {
    queries++;
    return dataVersion.get() as number;
  };
  let fd: number | undefined;
  try {
    if (file !== ':memory:' && sqlite.pragma('journal_mode', { simple: true }) === 'wal') {
      // A new database has no -shm file until its first read: one read makes it, so there is one to watch.
      sqlite.prepare('select count(*) from sqlite_master').get();
      fd = openSync(`${file}-shm`, 'r');
    }
  } catch {
    fd = undefined;
  }
  const seen = Buffer.alloc(WAL_INDEX_HEADER_BYTES);
  const now = Buffer.alloc(WAL_INDEX_HEADER_BYTES);
  const readHeader = (into: Buffer): boolean => fd !== undefined && readSync(fd, into, 0, WAL_INDEX_HEADER_BYTES, 0) === WAL_INDEX_HEADER_BYTES;
  let headerValid = readHeader(seen);
  let version = ask();
  // anyCommit's own copy of the header: every commit rewrites it (its change counter and frame count move).
  const lastAny = Buffer.alloc(WAL_INDEX_HEADER_BYTES);
  let anyGeneration = 0;
  return {
    anyCommit() {
      if (fd === undefined || !readHeader(now)) return undefined;
      if (!now.equals(lastAny)) {
        now.copy(lastAny);
        anyGeneration++;
      }
      return anyGeneration;
    },
    version() {
      if (fd === undefined) return ask();
      if (!readHeader(now)) {
        headerValid = false;
        return (version = ask());
      }
      if (headerValid && now.equals(seen)) return version;
      now.copy(seen);
      headerValid = true;
      return (version = ask());
    },
    get queries() {
      return queries;
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
