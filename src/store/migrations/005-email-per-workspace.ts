import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialects/dialect.js';

/**
 * An email is unique within a workspace, no longer across all of them: one person may be a member of
 * several workspaces (each with its own password), and an admin adding a user learns nothing about other
 * workspaces (docs/security.md, "Accounts and workspaces"). SQLite cannot drop a column's UNIQUE
 * constraint, so there the table is rebuilt, as SQLite's ALTER TABLE guide says: the migration runner
 * (src/store/migrate.ts) runs each SQLite migration in its own transaction with foreign keys turned off
 * beforehand (the pragma does nothing inside a transaction) and checks them before the commit.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table users drop constraint if exists users_email_key`.execute(db);
  } else {
    await sql`create table users_new (
      id varchar(40) primary key,
      workspace_id varchar(40) not null references workspaces (id),
      email varchar(320) not null,
      name varchar(200) not null,
      role varchar(20) not null,
      password_hash varchar(300) not null,
      disabled integer default 0 not null,
      created_at bigint not null
    )`.execute(db);
    await sql`insert into users_new (id, workspace_id, email, name, role, password_hash, disabled, created_at)
      select id, workspace_id, email, name, role, password_hash, disabled, created_at from users`.execute(db);
    await sql`drop table users`.execute(db);
    await sql`alter table users_new rename to users`.execute(db);
    await sql`create index users_workspace on users (workspace_id, created_at)`.execute(db);
  }
  await db.schema.createIndex('users_workspace_email').on('users').columns(['workspace_id', 'email']).unique().execute();
  await db.schema.createIndex('users_email').on('users').column('email').execute();
}
