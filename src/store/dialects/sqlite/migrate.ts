import { type Kysely, sql } from 'kysely';
import { MIGRATION_LOCK_WAIT_MS, MIGRATION_NAMES, type MigrateOptions, MigrationError, migrationsFor, refuseNewer } from '../../migrate.js';

/** The migrations recorded in the file; creates nothing. */
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const found = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db);
  if (!Number(found.rows[0]?.n)) return [];
  return (await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((r) => r.name);
}

/**
 * Each migration in a transaction of its own, begun with `BEGIN IMMEDIATE` — which is also the lock: a
 * second run (another `keyward migrate`, a server starting) waits for the write lock, then finds the
 * migration done (Kysely's migrator would not do: its SQLite adapter declares no transactional DDL and
 * takes no lock). SQLite's DDL is transactional, so a run killed or stopped by a full disk at any point
 * leaves every migration either wholly applied and recorded or not at all, and the next run goes on from
 * there. Foreign keys are off on this connection while migrations run (`PRAGMA foreign_keys` does nothing
 * inside a transaction, and a table rebuild — 005 — needs them off, as SQLite's ALTER TABLE guide says);
 * `PRAGMA foreign_key_check` must find nothing before each commit. The tables are Kysely's
 * (`kysely_migration`, `kysely_migration_lock`), so earlier versions read the same history.
 */
export async function migrateSqlite(db: Kysely<any>, options: MigrateOptions): Promise<string[]> {
  const migrations = migrationsFor('sqlite');
  return db.connection().execute(async (conn) => {
    const pragma = async (text: string) => (await sql.raw<Record<string, unknown>>(`pragma ${text}`).execute(conn)).rows;
    const busyBefore = Number(Object.values((await pragma('busy_timeout'))[0] ?? {})[0] ?? 0);
    const fkBefore = Number(Object.values((await pragma('foreign_keys'))[0] ?? {})[0] ?? 0);
    await pragma(`busy_timeout = ${Math.max(0, Math.floor(options.lockWaitMs ?? MIGRATION_LOCK_WAIT_MS))}`);
    try {
      await sql`create table if not exists kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null)`.execute(conn);
      await sql`create table if not exists kysely_migration_lock (id varchar(255) not null primary key, is_locked integer default 0 not null)`.execute(conn);
      await sql`insert or ignore into kysely_migration_lock (id, is_locked) values ('migration_lock', 0)`.execute(conn);
      const executed = async () => (await sql<{ name: string }>`select name from kysely_migration`.execute(conn)).rows.map((r) => r.name);
      const before = await executed();
      refuseNewer(before);
      const pending = MIGRATION_NAMES.filter((n) => !before.includes(n));
      if (pending.length === 0) return [];
      if (before.length > 0 && options.beforeMigrating) await options.beforeMigrating([...before].sort().at(-1)!);

      await pragma('foreign_keys = off');
      const applied: string[] = [];
      for (;;) {
        await sql`begin immediate`.execute(conn);
        try {
          const done = await executed();
          refuseNewer(done);
          const next = MIGRATION_NAMES.find((n) => !done.includes(n));
          if (next === undefined) {
            await sql`commit`.execute(conn);
            return applied;
          }
          await migrations[next].up(conn);
          await sql`insert into kysely_migration (name, timestamp) values (${next}, ${new Date().toISOString()})`.execute(conn);
          const broken = await pragma('foreign_key_check');
          if (broken.length)
            throw new MigrationError(
              `migration ${next} would leave ${broken.length} rows breaking foreign keys (first: ${JSON.stringify(broken[0])}); nothing of it was applied`,
            );
          await sql`commit`.execute(conn);
          applied.push(next);
        } catch (err) {
          // A failed COMMIT (a full disk) may already have ended the transaction: nothing to roll back then.
          await sql`rollback`.execute(conn).catch(() => {});
          throw err;
        }
      }
    } finally {
      await pragma(`foreign_keys = ${fkBefore ? 'on' : 'off'}`).catch(() => {});
      await pragma(`busy_timeout = ${busyBefore}`).catch(() => {});
    }
  });
}
