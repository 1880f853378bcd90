import { fail } from '../errors.js';
import type { KeyView } from '../keys/key-view.js';
import type { Permission } from '../users/permissions.js';
import type { AuditEvent, Contact, Cursor, Page, User } from '../store/types.js';

const DAY_MS = 86_400_000;
/** The last instant `Date#toISOString` writes with a four-digit year (9999-12-31T23:59:59.999Z). */
const FOUR_DIGIT_YEARS_END = 253_402_300_800_000;
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
/** "YYYY-MM-DDT" by day number; bounded, since a page rarely spans more than a few hundred days. */
const dayPrefixes = new Map<number, string>();

/**
 * Epoch milliseconds → RFC 3339 UTC with milliseconds, exactly `new Date(ms).toISOString()`. A list page
 * formats two or more times per row, and `toISOString` (a Date allocated and formatted each time) was a
 * sixth of a 25-contact page's cost: the date part is looked up by day and the time of day assembled
 * from digit tables. Anything outside years 1970–9999 or not a whole millisecond goes through Date.
 */
export function iso(ms: number): string {
  if (!(ms >= 0 && ms < FOUR_DIGIT_YEARS_END) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    if (dayPrefixes.size >= 4096) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  return `${prefix}${TWO[h]}:${TWO[m]}:${TWO[s]}.${THREE[rest - s * 1000]}Z`;
}
export const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

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

export const userJson = (u: User) => ({ id: u.id, email: u.email, name: u.name, role: u.role, disabled: u.disabled, created_at: iso(u.createdAt) });

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

/** A key object as the API answers it. It never carries the plaintext or the hash. */
export function keyJson(v: KeyView) {
  const k = v.record;
  return {
    id: k.id,
    name: k.name,
    hint: k.hint,
    status: v.status,
    flags: v.flags,
    owner: v.owner,
    created_at: iso(k.createdAt),
    created_by: k.createdBy,
    expires_at: isoOrNull(k.expiresAt),
    last_used_at: isoOrNull(k.lastUsedAt),
    last_used_ip: k.lastUsedIp,
    revoked_at: isoOrNull(k.revokedAt),
    revoked_reason: k.revokedReason,
    revoked_by: v.revokedBy,
    permissions: v.permissions as Permission[],
    restriction: k.restriction as Permission[] | null,
    rate_limit: { per_minute: v.rateLimit.perMinute, per_second: v.rateLimit.perSecond },
    rolled_from: k.rolledFrom,
    replaced_by: k.replacedBy,
    allowed_ips: k.allowedIps ?? null,
  };
}

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
