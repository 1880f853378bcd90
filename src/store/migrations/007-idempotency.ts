import { type Kysely, sql } from 'kysely';

/**
 * Retry-safe creates: one row per Idempotency-Key a principal sent to a creating POST, kept
 * 24 hours. `status` and `body` are null while the first request is in flight; `body` never holds a
 * secret (the plaintext key or webhook secret exists only in the first answer).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table idempotency_keys (
    workspace_id varchar(40) not null,
    principal varchar(80) not null,
    idempotency_key varchar(255) not null,
    fingerprint varchar(64) not null,
    created_at bigint not null,
    status integer,
    body text,
    primary key (workspace_id, principal, idempotency_key)
  )`.execute(db);
  await sql`create index idempotency_keys_created_at on idempotency_keys (created_at)`.execute(db);
}
