import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';

/*
 * What the migrations (in migrations/, a folder of migrations only) share: tables and columns written the way
 * SQL says them, turned into Kysely's schema builder calls, so every migration runs the same DDL, byte for
 * byte, as when it first ran on users' databases (the compiler orders a column's constraints itself:
 * `default`, `not null`, `unique`, `primary key`, `references`, whatever order they are written in).
 */

type Table = CreateTableBuilder<string, string>;
type DataType = Parameters<Table['addColumn']>[1];

/** A table's columns in order: name → `<type> [primary key] [unique] [not null] [default <number|'text'>] [references <table>.<column>]`. */
export type Columns = Readonly<Record<string, string>>;

const CONSTRAINT = /^(?:primary key|unique|not null|default (-?\d+|'[^']*')|references (\w+\.\w+))(?: |$)/;

/** `spec` (see `Columns`) as a data type and Kysely's column builder; anything else in it is refused. */
function parseColumn(name: string, spec: string): [DataType, (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder] {
  const [type, ...words] = spec.split(' ');
  const steps: ((c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder)[] = [];
  for (let rest = words.join(' '); rest !== ''; ) {
    const m = CONSTRAINT.exec(rest);
    if (!m) throw new Error(`column ${name}: cannot read "${rest}"`);
    const [said, value, target] = m;
    if (said.startsWith('primary key')) steps.push((c) => c.primaryKey());
    else if (said.startsWith('unique')) steps.push((c) => c.unique());
    else if (said.startsWith('not null')) steps.push((c) => c.notNull());
    else if (value !== undefined) steps.push((c) => c.defaultTo(value.startsWith("'") ? value.slice(1, -1) : Number(value)));
    else steps.push((c) => c.references(target));
    rest = rest.slice(said.length);
  }
  // Kysely checks the type itself (an unknown one throws).
  return [type as DataType, (c) => steps.reduce((b, step) => step(b), c)];
}

/** `t` with `columns` added, in order. */
export const withColumns = (t: Table, columns: Columns): Table =>
  Object.entries(columns).reduce((b, [name, spec]) => b.addColumn(name, ...parseColumn(name, spec)), t);

/** `CREATE TABLE name (columns…, then what `constraints` adds: a composite primary key, a unique constraint)`. */
export async function createTable(db: Kysely<any>, name: string, columns: Columns, constraints: (t: Table) => Table = (t) => t): Promise<void> {
  await withColumns(db.schema.createTable(name), columns).$call(constraints).execute();
}

/** One `ALTER TABLE table ADD COLUMN` per column, in order (SQLite adds one column per statement). */
export async function addColumns(db: Kysely<any>, table: string, columns: Columns): Promise<void> {
  for (const [name, spec] of Object.entries(columns))
    await db.schema
      .alterTable(table)
      .addColumn(name, ...parseColumn(name, spec))
      .execute();
}

/** `id varchar(40) primary key, workspace_id varchar(40) not null`: how a workspace's own rows begin. */
export const WORKSPACE_ROW: Columns = { id: 'varchar(40) primary key', workspace_id: 'varchar(40) not null' };

/** `WORKSPACE_ROW` for a migration written as a chain of Kysely's `addColumn` calls. */
export const workspaceRow = (t: Table): Table => withColumns(t, WORKSPACE_ROW);

/**
 * The index behind a newest-first list (`readPage`, sql/rows.ts): the list's filter columns,
 * then its time column and `id`, the order it is read in.
 */
export async function createNewestFirstIndex(db: Kysely<any>, name: string, table: string, filter: string[], time: 'created_at' | 'at'): Promise<void> {
  await db.schema
    .createIndex(name)
    .on(table)
    .columns([...filter, time, 'id'])
    .execute();
}

/**
 * The addresses a key or a user was last seen from: `<owner> varchar(40), ip varchar(64), last_seen bigint`,
 * all `not null`, one row per owner and address (primary key `<table>_pk`).
 */
export async function createSeenFromTable(db: Kysely<any>, table: string, owner: string): Promise<void> {
  const columns = { [owner]: 'varchar(40) not null', ip: 'varchar(64) not null', last_seen: 'bigint not null' };
  await createTable(db, table, columns, (t) => t.addPrimaryKeyConstraint(`${table}_pk`, [owner, 'ip']));
}
