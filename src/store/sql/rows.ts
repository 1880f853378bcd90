import { type InsertResult, type Selectable, type SelectQueryBuilder, type UpdateResult, sql } from 'kysely';
import type { ApiKeyTable, AuditTable, ContactTable, UserTable, WorkspaceTable } from '../schema.js';
import { grantsFromText } from '../../users/custom-permissions.js';
import { fold } from '../search.js';
import type { ApiKeyRecord, AuditEvent, Contact, Cursor, Page, Role, User, Workspace } from '../types.js';

/** Row ↔ record mapping shared by every dialect. Numbers are coerced because PostgreSQL may return bigint text. */
export const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));

export function toWorkspace(r: Selectable<WorkspaceTable>): Workspace {
  return {
    id: r.id,
    name: r.name,
    createdAt: num(r.created_at),
    maxKeyLifetimeDays: num(r.max_key_lifetime_days),
    requireKeyExpiry: num(r.require_key_expiry) === 1,
    requireTwoFactor: num(r.require_two_factor ?? 0) === 1,
    customPermissions: grantsFromText(r.custom_permissions),
  };
}

export function toUser(r: Pick<UserTable, 'id' | 'workspace_id' | 'email' | 'name' | 'role' | 'disabled' | 'created_at'> & { kind: string }): User {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    email: r.email,
    name: r.name,
    role: r.role as Role,
    disabled: num(r.disabled) === 1,
    createdAt: num(r.created_at),
    kind: r.kind === 'service' ? 'service' : 'person',
  };
}

export function toContact(r: ContactRow): Contact {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    company: r.company,
    notes: r.notes,
    tags: JSON.parse(r.tags) as string[],
    createdAt: num(r.created_at),
    updatedAt: num(r.updated_at),
  };
}

export function fromContact(c: Contact): ContactTable {
  return {
    id: c.id,
    workspace_id: c.workspaceId,
    name: c.name,
    email: c.email,
    phone: c.phone,
    company: c.company,
    notes: c.notes,
    tags: JSON.stringify(c.tags),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    search_name: fold(c.name),
    search_email: fold(c.email),
    search_company: fold(c.company),
  };
}

/** The columns a contact is read from (not its search copies). */
export const contactColumns = ['id', 'workspace_id', 'name', 'email', 'phone', 'company', 'notes', 'tags', 'created_at', 'updated_at'] as const;
export type ContactRow = Pick<ContactTable, (typeof contactColumns)[number]>;

export function toKey(r: ApiKeyTable): ApiKeyRecord {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    userId: r.user_id,
    keyHash: r.key_hash,
    hint: r.hint,
    name: r.name,
    createdAt: num(r.created_at),
    createdBy: r.created_by,
    expiresAt: numOrNull(r.expires_at),
    lastUsedAt: numOrNull(r.last_used_at),
    lastUsedIp: r.last_used_ip,
    revokedAt: numOrNull(r.revoked_at),
    revokedBy: r.revoked_by,
    revokedReason: r.revoked_reason,
    restriction: r.restriction === null ? null : (JSON.parse(r.restriction) as string[]),
    rateLimit: { perMinute: numOrNull(r.rate_limit_per_minute), perSecond: numOrNull(r.rate_limit_per_second) },
    rolledFrom: r.rolled_from,
    replacedBy: r.replaced_by,
    allowedIps: r.allowed_ips == null ? null : (JSON.parse(r.allowed_ips) as string[]),
    revokeWhenIdleMs: numOrNull(r.revoke_when_idle_ms),
  };
}

export function fromKey(k: ApiKeyRecord): ApiKeyTable {
  return {
    id: k.id,
    workspace_id: k.workspaceId,
    user_id: k.userId,
    key_hash: k.keyHash,
    hint: k.hint,
    name: k.name,
    created_at: k.createdAt,
    created_by: k.createdBy,
    expires_at: k.expiresAt,
    last_used_at: k.lastUsedAt,
    last_used_ip: k.lastUsedIp,
    revoked_at: k.revokedAt,
    revoked_by: k.revokedBy,
    revoked_reason: k.revokedReason,
    restriction: k.restriction === null ? null : JSON.stringify(k.restriction),
    rate_limit_per_minute: k.rateLimit.perMinute,
    rate_limit_per_second: k.rateLimit.perSecond,
    rolled_from: k.rolledFrom,
    replaced_by: k.replacedBy,
    allowed_ips: k.allowedIps ? JSON.stringify(k.allowedIps) : null,
    revoke_when_idle_ms: k.revokeWhenIdleMs ?? null,
  };
}

export function toAudit(r: AuditTable): AuditEvent {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    at: num(r.at),
    action: r.action as AuditEvent['action'],
    actorType: r.actor_type as AuditEvent['actorType'],
    actorId: r.actor_id,
    targetType: r.target_type,
    targetId: r.target_id,
    ip: r.ip,
    userAgent: r.user_agent,
    details: JSON.parse(r.details) as Record<string, unknown>,
  };
}

/** A column of `Row` that can hold a value of type `V` as it is. */
type ColumnFor<V, Row> = { [C in keyof Row]-?: [V] extends [Row[C]] ? C : never }[keyof Row];

/**
 * How an update writes each field of a patch: its column (stored as given), or a function that gives the
 * columns it sets (1/0 for a flag, JSON text for a list, two columns for one field). Every field must be named,
 * so a field added to a patch type cannot go unwritten.
 */
export type PatchWrites<P, Row> = { [K in keyof P]-?: ColumnFor<Exclude<P[K], undefined>, Row> | ((value: Exclude<P[K], undefined>) => Partial<Row>) };

/** The columns an update sets: each field the patch gives (not undefined), written as `writes` says. */
export function patchColumns<P extends object, Row>(patch: P, writes: PatchWrites<P, Row>): Partial<Row> {
  const values: Partial<Row> = {};
  for (const field of Object.keys(writes) as (keyof P)[]) {
    const value = patch[field];
    if (value === undefined) continue;
    const write = writes[field];
    Object.assign(values, typeof write === 'function' ? write(value as Exclude<P[keyof P], undefined>) : { [write as PropertyKey]: value });
  }
  return values;
}

/** How many rows the filtered `query` matches (`select count(*) as n`). */
export async function countOf<DB, TB extends keyof DB>(query: SelectQueryBuilder<DB, TB, object>): Promise<number> {
  // Kysely cannot name the selection over a generic table; the row is `{ n }` whatever the table.
  const r = (await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()) as unknown as { n: unknown };
  return num(r.n);
}

/** Whether a conditional UPDATE changed exactly one row: its condition held (a code not used yet, a lease not taken). */
export async function updatedOne(update: { executeTakeFirst(): Promise<UpdateResult> }): Promise<boolean> {
  return Number((await update.executeTakeFirst()).numUpdatedRows) === 1;
}

/** Whether an INSERT … ON CONFLICT DO NOTHING wrote its row: the row was not there yet. */
export async function insertedOne(insert: { executeTakeFirst(): Promise<InsertResult> }): Promise<boolean> {
  return Number((await insert.executeTakeFirst()).numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The time column a newest-first list is ordered and paged by (ties broken by `id`). */
export type TimeColumn = 'created_at' | 'at';

/** Keyset pagination for newest-first lists: rows strictly after `c` in (time desc, id desc) order. */
export const olderThan = (timeColumn: TimeColumn, c: Cursor) => sql<boolean>`(${sql.ref(timeColumn)}, id) < (${c.at}, ${c.id})`;

/** `query`'s rows newest first (time desc, id desc), after the cursor, as many as `n`: the order of every page. */
export function newestFirst<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, timeColumn: TimeColumn, n: number, after?: Cursor) {
  const q = after ? query.where(olderThan(timeColumn, after)) : query;
  return q.orderBy(sql.ref(timeColumn), 'desc').orderBy(sql.ref('id'), 'desc').limit(n);
}

/** A row a page is cut from: its id and its time, the two halves of the next page's cursor. */
type PagedRow<C extends TimeColumn> = { id: string } & Record<C, unknown>;

/** Cuts a list fetched with `limit + 1` rows into a page of mapped items and the cursor of its last row. */
export function toPage<C extends TimeColumn, R extends PagedRow<C>, T>(rows: R[], limit: number, timeColumn: C, map: (r: R) => T): Page<T> {
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items: rows.slice(0, limit).map(map), next: last ? { at: num(last[timeColumn]), id: last.id } : null };
}

/** One page of a newest-first list: `limit + 1` rows of `query` after the cursor, cut by `toPage`. */
export async function readPage<DB, TB extends keyof DB, C extends TimeColumn, R extends PagedRow<C>, T>(
  query: SelectQueryBuilder<DB, TB, R>,
  timeColumn: C,
  { limit, after }: { limit: number; after?: Cursor },
  map: (r: R) => T,
): Promise<Page<T>> {
  return toPage(await newestFirst(query, timeColumn, limit + 1, after).execute(), limit, timeColumn, map);
}
