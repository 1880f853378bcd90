import { CompiledQuery, sql } from 'kysely';
import pg from 'pg';
import { openSqliteStore } from '../../src/store/dialects/sqlite/index.js';
import type { TestApp } from './app.js';
import { POSTGRES_URL } from './env.js';

/** One statement with `?` placeholders (written as `$1`, `$2`… for PostgreSQL). */
export interface Statement {
  text: string;
  values: readonly unknown[];
}

const numbered = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

/**
 * Runs `statements` in one transaction on a connection of the test app's database that is not the app's
 * own: another process, as far as the server can tell (an instance, the CLI, psql).
 */
export async function onAnotherConnection(t: TestApp, dialect: string, statements: readonly Statement[]): Promise<void> {
  if (dialect === 'sqlite') {
    const other = openSqliteStore({ file: t.store.location });
    try {
      await other.db.transaction().execute(async (trx) => {
        for (const s of statements) await trx.executeQuery(CompiledQuery.raw(s.text, [...s.values]));
      });
    } finally {
      await other.close();
    }
    return;
  }
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.store.db)).rows[0].s;
  const c = new pg.Client({ connectionString: POSTGRES_URL });
  await c.connect();
  try {
    await c.query(`set search_path to "${schema}"`);
    await c.query('begin');
    for (const s of statements) await c.query(numbered(s.text), [...s.values]);
    await c.query('commit');
  } finally {
    await c.end();
  }
}
