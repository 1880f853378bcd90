import { CompiledQuery, type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchQuery } from '../../src/store/dialects/postgres/statements.js';
import { searchQueries } from '../../src/store/dialects/sqlite/statements.js';
import type { Database } from '../../src/store/schema.js';
import type { SqlStore } from '../../src/store/sql-store.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { POSTGRES_URL } from '../support/env.js';

/**
 * How each database runs a contact search (EXPLAIN): a common text is answered by walking the workspace's
 * newest-first index and stopping at the page, never by collecting and sorting every match; a rare one
 * through the trigram index. The contacts: `Contact i`, `contact-i@example.test`, `Company i % 50` (so
 * `company 7` is in every 50th), and one `Zyxwv` whose trigrams are nowhere else.
 */
const WS = 'wks_plan';
const COMMON = 'company 7';
const RARE = 'zyxwv';
const CURSOR = { at: 1_700_000_000_000 - 5_000_000, id: 'con_00005000' };

/**
 * `count` contacts, written by the database itself (the FTS5 table kept by its triggers on SQLite); on
 * PostgreSQL through a connection of its own, without the store's statement timeouts, then ANALYZEd.
 */
async function seed(db: Kysely<Database>, count: number, postgres: boolean): Promise<void> {
  const id = postgres ? sql`'con_' || lpad(i::text, 8, '0')` : sql`printf('con_%08d', i)`;
  const rows = postgres
    ? sql`generate_series(0, ${count - 1}) as s(i)`
    : sql`(with recursive s(i) as (select 0 union all select i + 1 from s where i < ${count - 1}) select i from s) as s`;
  const statements = [
    sql`insert into contacts (id, workspace_id, name, email, phone, company, notes, tags, created_at, updated_at, search_name, search_email, search_company)
      select ${id}, ${WS}, 'Contact ' || i, 'contact-' || i || '@example.test', null, 'Company ' || (i % 50), null, '[]',
        1700000000000 - i * 1000, 1700000000000 - i * 1000, 'contact ' || i, 'contact-' || i || '@example.test', 'company ' || (i % 50) from ${rows}`,
    sql`update contacts set name = 'Zyxwv Contact', search_name = 'zyxwv contact' where id = 'con_00000400'`,
  ];
  if (!postgres) {
    for (const s of statements) await s.execute(db);
    return;
  }
  const { rows: schema } = await sql<{ s: string }>`select current_schema() as s`.execute(db);
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`set search_path = ${schema[0].s}`);
    for (const s of [...statements, sql`analyze contacts`]) {
      const q = s.compile(db);
      await client.query(q.sql, [...q.parameters]);
    }
  } finally {
    await client.end();
  }
}

/** The plan's nodes, top down: type, index and direction of each. */
async function postgresPlan(db: Kysely<Database>, query: CompiledQuery): Promise<string[]> {
  const { rows } = await db.executeQuery<{ 'QUERY PLAN': unknown }>(CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]));
  const nodes: string[] = [];
  const walk = (node: Record<string, unknown>) => {
    nodes.push([node['Node Type'], node['Index Name'], node['Scan Direction']].filter(Boolean).join(' '));
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk((rows[0]['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0].Plan);
  return nodes;
}

async function sqlitePlan(db: Kysely<Database>, query: CompiledQuery): Promise<string> {
  const { rows } = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
  return rows.map((r) => r.detail).join(' | ');
}

for (const dialect of DIALECTS) {
  describe(`contact search plans (${dialect})`, () => {
    let store: SqlStore;
    beforeAll(async () => {
      store = await openTestStore(dialect);
      await store.workspaces.create({ id: WS, name: WS, createdAt: 0, maxKeyLifetimeDays: 366, requireKeyExpiry: false });
      // PostgreSQL weighs a bitmap of the trigram indexes against a sequential scan: only on a big enough table does the index win.
      await seed(store.db, dialect === 'postgres' ? 100_000 : 2_000, dialect === 'postgres');
    }, 120_000);
    afterAll(() => store?.close());

    if (dialect === 'postgres') {
      it('walks the newest-first index for a common text, first page and after a cursor, without sorting', async () => {
        for (const after of [undefined, CURSOR]) {
          const plan = await postgresPlan(store.db, searchQuery(store.db, WS, COMMON, 26, after).compile());
          expect(plan, plan.join(' > ')).toEqual(['Limit', 'Index Scan contacts_workspace Backward']);
        }
      });

      it('uses the trigram indexes for a rare text', async () => {
        const plan = await postgresPlan(store.db, searchQuery(store.db, WS, RARE, 26).compile());
        expect(plan, plan.join(' > ')).toContain('Bitmap Index Scan contacts_search_name_trgm');
        expect(plan.join(' > ')).not.toContain('contacts_workspace');
      });

      it('answers both from the plans above', async () => {
        expect((await store.contacts.list(WS, { q: COMMON, limit: 3 })).items.map((c) => c.id)).toEqual(['con_00000007', 'con_00000057', 'con_00000107']);
        expect((await store.contacts.list(WS, { q: RARE, limit: 3 })).items.map((c) => c.id)).toEqual(['con_00000400']);
      });
    } else {
      it('reads a stretch of the newest contacts in index order and stops at the page, without sorting', async () => {
        const q = searchQueries(store.db, WS, COMMON);
        for (const after of [undefined, CURSOR]) {
          for (const query of [q.stretch(500, 26, after), q.inOrder(26, after)]) {
            const plan = await sqlitePlan(store.db, query.compile());
            expect(plan).toContain('USING INDEX contacts_workspace');
            expect(plan).not.toContain('TEMP B-TREE');
          }
          expect(await sqlitePlan(store.db, q.stretchEnd(500, after).compile())).toContain('USING COVERING INDEX contacts_workspace');
        }
      });

      it('takes a rare text’s candidates from the FTS5 trigram table and reads only those contacts', async () => {
        const q = searchQueries(store.db, WS, RARE);
        expect(await sqlitePlan(store.db, q.candidates().compile(store.db))).toMatch(/VIRTUAL TABLE INDEX/);
        const plan = await sqlitePlan(store.db, q.fromCandidates([1, 2, 3], 26, CURSOR).compile());
        expect(plan).toContain('USING INDEX contacts_search_rowid');
        expect(plan).not.toContain('contacts_workspace');
      });
    }
  });
}
