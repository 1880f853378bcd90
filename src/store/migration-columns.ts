import type { CreateTableBuilder, Kysely } from 'kysely';

/*
 * What several migrations (in migrations/, a folder of migrations only) create alike, written with
 * Kysely's schema builder as the migrations spelled it out before: each helper adds the same columns in
 * the same order, so every migration runs the same DDL, byte for byte, as when it first ran on users'
 * databases.
 */

type Table = CreateTableBuilder<string, string>;

/** `id varchar(40) primary key, workspace_id varchar(40) not null`: how a workspace's own rows begin. */
export const workspaceRow = (t: Table): Table =>
  t.addColumn('id', 'varchar(40)', (c) => c.primaryKey()).addColumn('workspace_id', 'varchar(40)', (c) => c.notNull());

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
  await db.schema
    .createTable(table)
    .addColumn(owner, 'varchar(40)', (c) => c.notNull())
    .addColumn('ip', 'varchar(64)', (c) => c.notNull())
    .addColumn('last_seen', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, [owner, 'ip'])
    .execute();
}
