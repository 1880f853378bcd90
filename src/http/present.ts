import { iso, isoOrNull } from '../dates.js';
import { fail } from '../errors.js';
import { type KeyView, keyViewJson } from '../keys/key-view.js';
import type { AuditEvent, Contact, Cursor, Page, User } from '../store/types.js';

/** Dates are the domain's (src/dates.ts); the routes take them from here with the rest of the presenters. */
export { iso, isoOrNull };

/** Opaque cursors: base64url of "<at>.<id>". */
export function encodeCursor(c: Cursor | null): string | null {
  return c && Buffer.from(`${c.at}.${c.id}`).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined || raw === '') return undefined;
  const m = /^(\d{1,16})\.([A-Za-z0-9_]{1,64})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!m) return fail('invalid_cursor', 'The cursor is not valid; start again without it', { errors: [{ path: '/cursor', message: 'is not valid' }] });
  return { at: Number(m[1]), id: m[2] };
}

export const listBody = <T, R>(page: Page<T>, map: (t: T) => R) => ({ data: page.items.map(map), next_cursor: encodeCursor(page.next) });

/** The default page size of every paged collection. */
export const PAGE_SIZE = 25;

/**
 * A paged collection's answer: `list` called with the query's `limit` (default 25) and its decoded `cursor`,
 * the page it returns mapped to `{ data, next_cursor }`.
 */
export async function listPage<T, R>(
  query: { limit?: number; cursor?: string },
  list: (limit: number, after: Cursor | undefined) => Promise<Page<T>>,
  map: (t: T) => R,
) {
  return listBody(await list(query.limit ?? PAGE_SIZE, decodeCursor(query.cursor)), map);
}

export const userJson = (u: User) => ({
  id: u.id,
  kind: u.kind ?? 'person',
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: u.disabled,
  created_at: iso(u.createdAt),
});

export const contactJson = (c: Contact) => ({
  id: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
  company: c.company,
  notes: c.notes,
  tags: c.tags,
  created_at: iso(c.createdAt),
  updated_at: iso(c.updatedAt),
});

/** A key object as the API answers it: the domain's key object (src/keys/key-view.ts), to which the API may add. */
export const keyJson = (v: KeyView) => keyViewJson(v);

export const auditJson = (e: AuditEvent) => ({
  id: e.id,
  at: iso(e.at),
  action: e.action,
  actor: { type: e.actorType, id: e.actorId },
  target: e.targetType && e.targetId ? { type: e.targetType, id: e.targetId } : null,
  workspace_id: e.workspaceId,
  ip: e.ip,
  user_agent: e.userAgent,
  details: e.details,
});

/** A 201 answer: `body`, the new resource of `collection`, and a Location header naming it (`collection/id`). */
export function created<T extends { id: string }, S>(
  reply: { code(status: 201): { header(name: string, value: string): { send(body: T): S } } },
  collection: string,
  body: T,
): S {
  return reply.code(201).header('location', `${collection}/${body.id}`).send(body);
}
