import { AuditedService, type ServiceCore } from '../audited-service.js';
import { KEY_NAME } from '../domain.js';
import { type AuditAction, actorOf, entryBy, keyEntry } from '../audit/audit-service.js';
import { fail } from '../errors.js';
import { newId } from '../ids.js';
import { type Expected, holdUnchanged } from '../preconditions.js';
import type { Principal, RequestContext } from '../principal.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import type { ApiKeyRecord, Cursor, CustomGrants, KeyAuthRecord, KeyRateLimit, KeyStatus, Repos, User } from '../store/types.js';
import { NO_GRANTS } from '../users/custom-permissions.js';
import { type Action, type KeyTarget, type Permission, enforce, isPermission } from '../users/permissions.js';
import { callerWorkspace } from '../users/workspace-service.js';
import { type Pepper, generateKey, hashKey, keyHint } from './key-format.js';
import { parseAllowlist } from './ip-allowlist.js';
import { type KeyView, keyStatus, keyView } from './key-view.js';

const DAY = 86_400_000;
/** Lifetime of a rolled key whose predecessor never expired, when the workspace requires expiry. */
export const ROLL_DEFAULT_DAYS = 90;
const MISUSE_RULE = [{ name: 'audit', limit: 1, windowMs: 60_000 }] as const;

export interface KeyServiceOptions {
  pepper?: Pepper;
  maxActiveKeysPerUser: number;
  defaultRateLimit: { perMinute: number; perSecond: number };
  /** Caps `key.expired_use` / `key.revoked_use` at one per key per minute (shared across instances with Redis). */
  misuseLimiter?: RateLimiter;
}

export interface NewKey {
  name: string;
  expiresAt?: number;
  expiresInDays?: number;
  restriction?: string[] | null;
  rateLimit?: KeyRateLimit;
  /**
   * The key's owner: the caller when absent. The console operator names any user; anyone else may name
   * only themself or a service account (with keys:admin: `authorize` decides).
   */
  ownerId?: string;
  /** Addresses and CIDRs the key may be used from; null or absent = anywhere. */
  allowedIps?: string[] | null;
}

/** A key as created: the record plus the plaintext, which exists only in this value and the response. */
export interface IssuedKey {
  view: KeyView;
  plaintext: string;
}

const invalid = (path: string, message: string) => fail('validation_error', `${path.slice(1)} ${message}`, { errors: [{ path, message }] });

/** Create, list, rename, revoke and roll keys; every method asks `enforce` first. */
export class KeyService extends AuditedService {
  constructor(
    core: ServiceCore,
    private readonly options: KeyServiceOptions,
  ) {
    super(core);
  }

  async create(p: Principal, input: NewKey): Promise<IssuedKey> {
    const now = this.clock.now();
    const owner = await this.ownerFor(p, input.ownerId);
    const workspace = await callerWorkspace(this.store, p);
    const name = checkName(input.name);
    // Errors about the expiry name the field the caller sent.
    const field = input.expiresInDays !== undefined ? '/expires_in_days' : '/expires_at';
    if (input.expiresAt !== undefined && input.expiresInDays !== undefined) {
      invalid(field, 'give expires_at or expires_in_days, not both');
    }
    let expiresAt: number | null = null;
    if (input.expiresInDays !== undefined) expiresAt = now + input.expiresInDays * DAY;
    if (input.expiresAt !== undefined) expiresAt = input.expiresAt;
    if (expiresAt !== null && !Number.isFinite(expiresAt)) invalid(field, 'must be an RFC 3339 date-time');
    if (expiresAt !== null && expiresAt <= now) invalid(field, 'must be in the future');
    if (expiresAt !== null && expiresAt > now + workspace.maxKeyLifetimeDays * DAY) {
      invalid(field, `must be within ${workspace.maxKeyLifetimeDays} days`);
    }
    if (expiresAt === null && workspace.requireKeyExpiry) invalid('/expires_at', 'is required in this workspace');
    const restriction = this.restrictionFor(p, input.restriction ?? null, workspace.customPermissions ?? NO_GRANTS);
    enforce(p, { type: 'key.create', owner, restriction, rateLimit: input.rateLimit !== undefined });
    const allowedIps = checkAllowlist(input.allowedIps);
    return this.store.transaction(async (tx) => {
      if ((await tx.keys.countActive(owner.id, now)) >= this.options.maxActiveKeysPerUser) {
        fail('key_limit_reached', `A user may hold at most ${this.options.maxActiveKeysPerUser} active keys; revoke one first`);
      }
      const issued = await this.insert(p, tx, {
        workspaceId: p.workspace.id,
        owner,
        createdBy: madeBy(p),
        name,
        expiresAt,
        restriction,
        rateLimit: input.rateLimit ?? { perMinute: null, perSecond: null },
        rolledFrom: null,
        allowedIps,
      });
      await this.recordCreated(tx, p, issued, allowedIps ? { allowed_ips: allowedIps } : {});
      return issued;
    });
  }

  async list(p: Principal, q: { scope: 'mine' | 'workspace'; status?: KeyStatus; limit: number; after?: Cursor; userId?: string }) {
    enforce(p, { type: 'keys.list', scope: q.scope });
    const mine = q.scope === 'mine';
    if (mine && p.via === 'cli') invalid('/scope', 'the operator owns no keys; list the workspace');
    if (mine && q.userId !== undefined) invalid('/user_id', 'needs scope=workspace');
    const scope = { workspaceId: p.workspace.id, userId: mine ? p.user?.id : q.userId, now: this.clock.now() };
    const page = await this.store.keys.list({ ...scope, status: q.status, limit: q.limit, after: q.after });
    // A status filter's answer also changes when a key not on the page expires into or out of it.
    const expiry = q.status ? await this.store.keys.nextExpiry(scope) : null;
    const users = new Map<string, User>(p.user ? [[p.user.id, p.user]] : []);
    for (const id of page.items.flatMap((k) => (k.revokedBy ? [k.userId, k.revokedBy] : [k.userId]))) {
      if (!users.has(id)) {
        const u = await this.store.users.get(p.workspace.id, id);
        if (u) users.set(id, u);
      }
    }
    const items = page.items.map((k) => this.view(p, k, users.get(k.userId), k.revokedBy ? users.get(k.revokedBy) : undefined));
    const changes = [expiry, ...items.map((v) => v.changesAt)].filter((t): t is number => t !== null);
    // When the page next changes with time alone (null: only a write changes it).
    const changesAt = changes.length ? Math.min(...changes) : null;
    return { items, next: page.next, changesAt };
  }

  async get(p: Principal, id: string): Promise<KeyView> {
    const { key, owner } = await this.target(p, this.store, id, 'key.read');
    return this.view(p, key, owner, await this.revokerOf(key));
  }

  /** With `expected`, written only while its counters hold (else 412). */
  async update(
    p: Principal,
    id: string,
    patch: { name?: string; rateLimit?: KeyRateLimit; allowedIps?: string[] | null },
    expected?: Expected,
  ): Promise<KeyView> {
    const name = patch.name === undefined ? undefined : checkName(patch.name);
    const allowedIps = patch.allowedIps === undefined ? undefined : checkAllowlist(patch.allowedIps);
    const { key, owner } = await this.store.transaction(async (tx) => {
      await holdUnchanged(tx, p.workspace.id, expected);
      const t = await this.target(p, tx, id, 'key.read');
      if (name !== undefined) enforce(p, { type: 'key.rename', target: t });
      if (patch.rateLimit) enforce(p, { type: 'key.set_rate_limit', target: t });
      if (allowedIps !== undefined) enforce(p, { type: 'key.set_allowed_ips', target: t });
      const k = t.key;
      await tx.keys.update(p.workspace.id, id, { name, rateLimit: patch.rateLimit, allowedIps });
      const changedBy = (action: AuditAction, details: Record<string, unknown>) => this.audit.record(tx, entryBy(p, action, { type: 'key', id }, details));
      if (name !== undefined && name !== k.name) await changedBy('key.renamed', { from: k.name, to: name });
      if (patch.rateLimit) await changedBy('key.rate_limit_changed', { ...patch.rateLimit });
      if (allowedIps !== undefined) await changedBy('key.allowed_ips_changed', { from: k.allowedIps ?? null, to: allowedIps });
      const changed = {
        ...k,
        name: name ?? k.name,
        rateLimit: patch.rateLimit ?? k.rateLimit,
        allowedIps: allowedIps === undefined ? k.allowedIps : allowedIps,
      };
      return { key: changed, owner: t.owner };
    });
    return this.view(p, key, owner);
  }

  /**
   * Idempotent: revoking a revoked key returns it unchanged. Returns only after the revocation is committed.
   * With `expected`, revoked only while its counters hold (else 412).
   */
  async revoke(p: Principal, id: string, expected?: Expected): Promise<KeyView> {
    const now = this.clock.now();
    const revokedBy = madeBy(p);
    const { key, owner } = await this.store.transaction(async (tx) => {
      await holdUnchanged(tx, p.workspace.id, expected);
      const t = await this.target(p, tx, id, 'key.revoke');
      const k = t.key;
      if (k.revokedAt !== null) return t;
      await tx.keys.update(p.workspace.id, id, { revokedAt: now, revokedBy, revokedReason: 'revoked' });
      await this.audit.record(tx, keyEntry(k, 'key.revoked', actorOf(p), p));
      return { key: { ...k, revokedAt: now, revokedBy, revokedReason: 'revoked' }, owner: t.owner };
    });
    return this.view(p, key, owner, await this.revokerOf(key));
  }

  /**
   * Rotation in one step: a replacement with the same name, owner, restriction and limits, while the old
   * key lives on for `graceSeconds`. The new key obeys the workspace's policy as it is now: the old key's
   * lifetime capped by the maximum, and when expiry is required, a key that never expired gets the
   * default lifetime ({@link ROLL_DEFAULT_DAYS} days, capped by the maximum).
   */
  async roll(
    p: Principal,
    id: string,
    graceSeconds = 86_400,
    options: { revokeWhenIdleMinutes?: number; expected?: Expected } = {},
  ): Promise<{ key: IssuedKey; previous: KeyView }> {
    const now = this.clock.now();
    const idleMinutes = options.revokeWhenIdleMinutes;
    if (idleMinutes !== undefined && !(Number.isInteger(idleMinutes) && idleMinutes >= 1 && idleMinutes <= 1440)) {
      invalid('/revoke_when_idle_minutes', 'must be a whole number of minutes from 1 to 1440');
    }
    const result = await this.store.transaction(async (tx) => {
      await holdUnchanged(tx, p.workspace.id, options.expected);
      const t = await this.target(p, tx, id, 'key.roll');
      const { key: old, owner } = t;
      if (keyStatus(old, now) !== 'active') fail('key_not_active', `Only an active key can be rolled; this one is ${keyStatus(old, now)}`);
      const workspace = await callerWorkspace(tx, p);
      const maxLifetime = workspace.maxKeyLifetimeDays * DAY;
      const oldLifetime = old.expiresAt === null ? (workspace.requireKeyExpiry ? ROLL_DEFAULT_DAYS * DAY : null) : old.expiresAt - old.createdAt;
      const lifetime = oldLifetime === null ? null : Math.min(oldLifetime, maxLifetime);
      const issued = await this.insert(p, tx, {
        workspaceId: p.workspace.id,
        owner,
        createdBy: madeBy(p),
        name: old.name,
        expiresAt: lifetime === null ? null : now + lifetime,
        restriction: old.restriction,
        rateLimit: old.rateLimit,
        rolledFrom: old.id,
        allowedIps: old.allowedIps ?? null,
      });
      const oldExpiresAt = old.expiresAt === null ? now + graceSeconds * 1000 : Math.min(old.expiresAt, now + graceSeconds * 1000);
      const revokeWhenIdleMs = idleMinutes === undefined ? null : idleMinutes * 60_000;
      await tx.keys.update(p.workspace.id, old.id, { expiresAt: oldExpiresAt, replacedBy: issued.view.record.id, revokeWhenIdleMs });
      await this.recordCreated(tx, p, issued, { rolled_from: old.id });
      await this.audit.record(
        tx,
        keyEntry(old, 'key.rolled', actorOf(p), p, {
          replaced_by: issued.view.record.id,
          new_hint: issued.view.record.hint,
          grace_seconds: graceSeconds,
          old_expires_at: oldExpiresAt,
          ...(idleMinutes === undefined ? {} : { revoke_when_idle_minutes: idleMinutes }),
        }),
      );
      return { issued, previous: { ...old, expiresAt: oldExpiresAt, replacedBy: issued.view.record.id, revokeWhenIdleMs }, owner };
    });
    return { key: result.issued, previous: this.view(p, result.previous, result.owner) };
  }

  /** Records a use of a revoked or expired key, at most once per key per minute so a flood cannot fill the log. */
  async recordMisuse(auth: KeyAuthRecord, code: 'revoked_api_key' | 'expired_api_key', ctx: RequestContext): Promise<void> {
    const action = code === 'revoked_api_key' ? 'key.revoked_use' : 'key.expired_use';
    const gate = this.options.misuseLimiter;
    if (gate && !(await gate.hit(`audit:${action}:${auth.key.id}`, MISUSE_RULE)).allowed) return;
    await this.store.transaction((tx) => this.audit.record(tx, keyEntry(auth.key, action, { actorType: 'anonymous', actorId: null }, ctx)));
  }

  /** Records a refused use from outside the key's allowlist, at most once per key per minute. */
  async recordIpRefusal(auth: KeyAuthRecord, ctx: RequestContext): Promise<void> {
    const gate = this.options.misuseLimiter;
    if (gate && !(await gate.hit(`audit:key.ip_not_allowed:${auth.key.id}`, MISUSE_RULE)).allowed) return;
    await this.store.transaction((tx) =>
      this.audit.record(tx, keyEntry(auth.key, 'key.ip_not_allowed', { actorType: 'key', actorId: auth.key.id }, ctx, { ip: ctx.ip })),
    );
  }

  /** Who revoked the key, for "Revoked … by …" (undefined when nobody did, or an operator did). */
  private async revokerOf(k: ApiKeyRecord): Promise<User | undefined> {
    return k.revokedBy ? this.store.users.get(k.workspaceId, k.revokedBy) : undefined;
  }

  /** A key of the caller's workspace: `owner`'s role there gives its effective permissions (none when the owner is unknown). */
  private view(p: Principal, k: ApiKeyRecord, owner: Pick<User, 'id' | 'email' | 'name' | 'role'> | undefined, revoker?: Pick<User, 'id' | 'name'>): KeyView {
    return keyView(k, { owner, revoker, grants: p.workspace.customPermissions }, this.clock.now(), this.options.defaultRateLimit);
  }

  private async recordCreated(tx: Repos, p: Principal, issued: IssuedKey, extra: Record<string, unknown>): Promise<void> {
    const k = issued.view.record;
    await this.audit.record(
      tx,
      keyEntry(k, 'key.created', actorOf(p), p, { owner_id: k.userId, expires_at: k.expiresAt, restriction: k.restriction, ...extra }),
    );
  }

  private async insert(
    p: Principal,
    tx: Repos,
    k: Pick<ApiKeyRecord, 'workspaceId' | 'createdBy' | 'name' | 'expiresAt' | 'restriction' | 'rateLimit' | 'rolledFrom' | 'allowedIps'> & { owner: User },
  ): Promise<IssuedKey> {
    const plaintext = generateKey();
    const record: ApiKeyRecord = {
      id: newId('key'),
      workspaceId: k.workspaceId,
      userId: k.owner.id,
      keyHash: hashKey(plaintext, this.options.pepper),
      hint: keyHint(plaintext),
      name: k.name,
      createdAt: this.clock.now(),
      createdBy: k.createdBy,
      expiresAt: k.expiresAt,
      lastUsedAt: null,
      lastUsedIp: null,
      revokedAt: null,
      revokedBy: null,
      revokedReason: null,
      restriction: k.restriction,
      rateLimit: k.rateLimit,
      rolledFrom: k.rolledFrom,
      replacedBy: null,
      allowedIps: k.allowedIps ?? null,
      revokeWhenIdleMs: null,
    };
    await tx.keys.create(record);
    return { view: this.view(p, record, k.owner), plaintext };
  }

  /** The key and its owner as they are now, once the caller may do `action` to it (404 when it may not see it). */
  private async target(p: Principal, repos: Repos, id: string, action: Extract<Action, { target: KeyTarget }>['type']) {
    const key = (await repos.keys.get(p.workspace.id, id)) ?? fail('not_found', 'No such key');
    const owner = (await repos.users.get(p.workspace.id, key.userId)) ?? fail('not_found', 'No such key');
    const t = { key, owner };
    enforce(p, { type: action, target: t });
    return t;
  }

  /** The caller, or the user named (the operator must name one; whether the caller may is `authorize`'s). */
  private async ownerFor(p: Principal, ownerId: string | undefined): Promise<User> {
    if (ownerId === undefined) return p.via === 'cli' ? invalid('/owner', "the operator must name the key's owner") : p.user;
    return (await this.store.users.get(p.workspace.id, ownerId)) ?? fail('not_found', 'No such user');
  }

  /**
   * The restriction asked for, normalised (deduplicated, sorted, each a built-in permission or a custom
   * one the workspace defines; whether the caller holds them is `authorize`'s). A key that creates a key
   * and names no restriction gives the new key its own effective permissions, never its owner's whole role.
   */
  private restrictionFor(p: Principal, restriction: readonly string[] | null, grants: CustomGrants): Permission[] | null {
    if (restriction === null) return p.via === 'key' ? [...p.permissions].sort() : null;
    const out = [...new Set(restriction)].sort();
    out.forEach((perm, i) => {
      if (!isPermission(perm) && !Object.hasOwn(grants, perm)) {
        invalid(`/restriction/${i}`, `unknown permission "${perm}": neither Keyward's own nor one of this workspace's custom permissions`);
      }
    });
    return out;
  }
}

/** Who made a change, as stored in created_by / revoked_by: a user's id, or the operator. */
const madeBy = (p: Principal) => (p.via === 'cli' ? `operator:${p.operator}`.slice(0, 40) : p.user.id);

/** A key name: 1–100 characters after trimming. */
function checkName(raw: string): string {
  const name = raw.trim();
  if (name.length < KEY_NAME.minLength || name.length > KEY_NAME.maxLength)
    invalid('/name', `must be ${KEY_NAME.minLength} to ${KEY_NAME.maxLength} characters after trimming`);
  return name;
}

/** A validated allowlist (null = anywhere); 400 naming the first bad entry. */
function checkAllowlist(input: string[] | null | undefined): string[] | null {
  if (input == null) return null;
  const parsed = parseAllowlist(input);
  if (!parsed.ok) return invalid(parsed.index === undefined ? '/allowed_ips' : `/allowed_ips/${parsed.index}`, parsed.message);
  return parsed.entries;
}
