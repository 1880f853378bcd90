import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialects/dialect.js';

/**
 * Service accounts: `users.kind` ('person' or 'service'; every existing user is a person), and a user's
 * `email` and `password_hash` may be null (a service account has neither). Unique (workspace, email) still
 * holds for people: both databases let a unique index hold any number of nulls. SQLite cannot drop a NOT
 * NULL constraint, so there the table is rebuilt as in 005 (the runner turns foreign keys off beforehand and
 * checks them before the commit), with every column the table has by now and its three indexes.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table users alter column email drop not null`.execute(db);
    await sql`alter table users alter column password_hash drop not null`.execute(db);
    await sql`alter table users add column kind varchar(10) default 'person' not null`.execute(db);
    return;
  }
  const columns =
    'id, workspace_id, email, name, role, password_hash, disabled, created_at, must_change_password, totp_secret, totp_pending_secret, totp_last_step, email_verified';
  await sql`create table users_new (
    id varchar(40) primary key,
    workspace_id varchar(40) not null references workspaces (id),
    email varchar(320),
    name varchar(200) not null,
    role varchar(20) not null,
    password_hash varchar(300),
    disabled integer default 0 not null,
    created_at bigint not null,
    must_change_password integer default 0 not null,
    totp_secret varchar(300),
    totp_pending_secret varchar(300),
    totp_last_step bigint,
    email_verified integer default 1 not null,
    kind varchar(10) default 'person' not null
  )`.execute(db);
  await sql`insert into users_new (${sql.raw(columns)}) select ${sql.raw(columns)} from users`.execute(db);
  await sql`drop table users`.execute(db);
  await sql`alter table users_new rename to users`.execute(db);
  await sql`create index users_workspace on users (workspace_id, created_at)`.execute(db);
  await sql`create unique index users_workspace_email on users (workspace_id, email)`.execute(db);
  await sql`create index users_email on users (email)`.execute(db);
}
