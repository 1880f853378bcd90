import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialects/dialect.js';
import { fold } from '../search.js';

/**
 * Index-backed contact search (src/store/search.ts). Adds the folded copies of name, email and company,
 * fills them, and indexes them:
 * - SQLite: a contentless FTS5 table with the trigram tokenizer, kept by triggers. Its rowids are the
 *   contacts' `search_rowid`, a stored number (not the table's rowid, which VACUUM may renumber).
 * - PostgreSQL: pg_trgm GIN indexes, when the extension is available (it is a trusted extension from
 *   PostgreSQL 13). Without it search still works, with the LIKE scan of before.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const postgres = dialect === 'postgres';
  for (const col of ['search_name', 'search_email', 'search_company']) {
    await db.schema.alterTable('contacts').addColumn(col, 'text').execute();
  }
  if (!postgres) await db.schema.alterTable('contacts').addColumn('search_rowid', 'integer').execute();

  // Index builds on a big table take longer than the store's per-statement timeout (PostgreSQL).
  if (postgres) await sql`set local statement_timeout = 0`.execute(db);

  // Existing contacts, in batches of 1,000 in id order, one UPDATE per batch.
  let after = '';
  for (;;) {
    const rows = await db.selectFrom('contacts').select(['id', 'name', 'email', 'company']).where('id', '>', after).orderBy('id').limit(1000).execute();
    if (rows.length === 0) break;
    const values = sql.join(rows.map((r) => sql`(${r.id}, ${fold(r.name)}, ${fold(r.email)}, ${fold(r.company)})`));
    const folded = postgres
      ? sql`(values ${values}) as v (id, n, e, c)`
      : sql`(select column1 as id, column2 as n, column3 as e, column4 as c from (values ${values})) as v`;
    await sql`update contacts set search_name = v.n, search_email = v.e, search_company = v.c from ${folded} where contacts.id = v.id`.execute(db);
    after = rows[rows.length - 1].id;
  }

  if (postgres) await postgresIndexes(db);
  else await sqliteIndex(db);
}

async function sqliteIndex(db: Kysely<any>): Promise<void> {
  await sql`update contacts set search_rowid = rowid`.execute(db);
  await db.schema.createIndex('contacts_search_rowid').unique().on('contacts').column('search_rowid').execute();
  await sql`create virtual table contacts_search using fts5(name, email, company, content='', contentless_delete=1, tokenize='trigram case_sensitive 1')`.execute(
    db,
  );
  await sql`insert into contacts_search (rowid, name, email, company) select search_rowid, search_name, search_email, search_company from contacts`.execute(db);
  await sql`create trigger contacts_search_insert after insert on contacts begin
    update contacts set search_rowid = (select coalesce(max(search_rowid), 0) + 1 from contacts) where id = new.id;
    insert into contacts_search (rowid, name, email, company)
      select search_rowid, search_name, search_email, search_company from contacts where id = new.id;
  end`.execute(db);
  await sql`create trigger contacts_search_update after update of search_name, search_email, search_company on contacts begin
    delete from contacts_search where rowid = old.search_rowid;
    insert into contacts_search (rowid, name, email, company) values (new.search_rowid, new.search_name, new.search_email, new.search_company);
  end`.execute(db);
  await sql`create trigger contacts_search_delete after delete on contacts begin
    delete from contacts_search where rowid = old.search_rowid;
  end`.execute(db);
}

async function postgresIndexes(db: Kysely<any>): Promise<void> {
  // The migration runs in a transaction: a refused CREATE EXTENSION must not abort it.
  await sql`savepoint pg_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    await sql`release savepoint pg_trgm`.execute(db);
  } catch {
    await sql`rollback to savepoint pg_trgm`.execute(db);
  }
  // Wherever the extension lives (installed before, in another schema), name its operator class fully.
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_opclass c join pg_namespace n on n.oid = c.opcnamespace
    join pg_am a on a.oid = c.opcmethod where c.opcname = 'gin_trgm_ops' and a.amname = 'gin' limit 1`.execute(db);
  const schema = rows[0]?.schema;
  if (schema === undefined) return;
  for (const col of ['search_name', 'search_email', 'search_company']) {
    await sql`create index ${sql.id(`contacts_${col}_trgm`)} on contacts using gin (${sql.id(col)} ${sql.id(schema)}.gin_trgm_ops)`.execute(db);
  }
}
