import type { AuditService } from '../audit/audit-service.js';
import { actorOf } from '../audit/audit-service.js';
import type { Clock } from '../clock.js';
import { fail } from '../errors.js';
import { newId } from '../ids.js';
import type { Principal, RequestContext } from '../principal.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import type { ApiKeyRecord, Cursor, KeyAuthRecord, KeyRateLimit, KeyStatus, Repos, Store, User } from '../store/types.js';
import { type Permission, isPermission } from '../users/permissions.js';
import { type Pepper, generateKey, hashKey, keyHint } from './key-format.js';
import { parseAllowlist } from './ip-allowlist.js';
import { type KeyView, keyFlags, keyStatus } from './key-view.js';

const DAY = 86_400_000;
const MISUSE_RULE = [{ name: 'audit', limit: 1, windowMs: 60_000 }] as const;

export interface KeyServiceOptions {
  pepper?: Pepper;
  maxActiveKeysPerUser: number;
  defaultRateLimit: { perMinute: number; perSecond: number };
  /** Called after a change that must end a key's (or a user's keys') validity everywhere at once. */
  onInvalidate?: (change: { keyHash?: string; userId?: string }) => Promise<void> | void;
  /** Caps `key.expired_use` / `key.revoked_use` at one per key per minute (shared across instances with Redis). */
  misuseLimiter?: RateLimiter;
}

export interface NewKey {
  name: string;
  expiresAt?: number;
  expiresInDays?: number;
  restriction?: string[] | null;
  rateLimit?: KeyRateLimit;
  /** Addresses and CIDRs the key may be used from; null or absent = anywhere. */
  allowedIps?: string[] | null;
}

/** A key as created: the record plus the plaintext, which exists only in this value and the response. */
export interface IssuedKey {
  view: KeyView;
  plaintext: string;
}

const invalid = (path: string, message: string) => fail('validation_error', `${path.slice(1)} ${message}`, { errors: [{ path, message }] });

/** Create, list, rename, revoke and roll keys (SPEC §2), with keys:own / keys:admin. */
export class KeyService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly options: KeyServiceOptions,
  ) {}

  async create(p: Principal, input: NewKey): Promise<IssuedKey> {
    this.require(p, 'keys:own');
    const now = this.clock.now();
    const workspace = (await this.store.workspaces.get(p.workspace.id)) ?? fail('not_found');
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) invalid('/name', 'must be 1 to 100 characters after trimming');
    if (input.expiresAt !== undefined && input.expiresInDays !== undefined) {
      invalid('/expires_at', 'give expires_at or expires_in_days, not both');
    }
    let expiresAt: number | null = null;
    if (input.expiresInDays !== undefined) expiresAt = now + input.expiresInDays * DAY;
    if (input.expiresAt !== undefined) expiresAt = input.expiresAt;
    if (expiresAt !== null && expiresAt <= now) invalid('/expires_at', 'must be in the future');
    if (expiresAt !== null && expiresAt > now + workspace.maxKeyLifetimeDays * DAY) {
      invalid('/expires_at', `must be within ${workspace.maxKeyLifetimeDays} days`);
    }
    if (expiresAt === null && workspace.requireKeyExpiry) invalid('/expires_at', 'is required in this workspace');
    const restriction = this.checkRestriction(p, input.restriction ?? null);
    if (input.rateLimit) this.require(p, 'keys:admin');
    const allowedIps = checkAllowlist(input.allowedIps);
    return this.store.transaction(async (tx) => {
      if ((await tx.keys.countActive(p.user.id, now)) >= this.options.maxActiveKeysPerUser) {
        fail('key_limit_reached', `A user may hold at most ${this.options.maxActiveKeysPerUser} active keys; revoke one first`);
      }
      const issued = await this.insert(tx, {
        workspaceId: p.workspace.id,
        owner: p.user,
        createdBy: p.user.id,
        name,
        expiresAt,
        restriction,
        rateLimit: input.rateLimit ?? { perMinute: null, perSecond: null },
        rolledFrom: null,
        allowedIps,
      });
      await this.audit.record(tx, {
        workspaceId: p.workspace.id,
        action: 'key.created',
        actor: actorOf(p),
        target: { type: 'key', id: issued.view.record.id },
        context: p,
        details: { name, hint: issued.view.record.hint, expires_at: expiresAt, restriction, ...(allowedIps ? { allowed_ips: allowedIps } : {}) },
      });
      return issued;
    });
  }

  async list(p: Principal, q: { scope: 'mine' | 'workspace'; status?: KeyStatus; limit: number; after?: Cursor }) {
    this.require(p, q.scope === 'workspace' ? 'keys:admin' : 'keys:own');
    const page = await this.store.keys.list({
      workspaceId: p.workspace.id,
      userId: q.scope === 'mine' ? p.user.id : undefined,
      status: q.status,
      now: this.clock.now(),
      limit: q.limit,
      after: q.after,
    });
    const owners = new Map<string, User>([[p.user.id, p.user]]);
    for (const k of page.items) {
      if (!owners.has(k.userId)) {
        const u = await this.store.users.get(p.workspace.id, k.userId);
        if (u) owners.set(k.userId, u);
      }
    }
    return { items: page.items.map((k) => this.view(k, owners.get(k.userId))), next: page.next };
  }

  async get(p: Principal, id: string): Promise<KeyView> {
    const k = await this.visible(p, this.store, id);
    return this.view(k, await this.store.users.get(p.workspace.id, k.userId));
  }

  async update(p: Principal, id: string, patch: { name?: string; rateLimit?: KeyRateLimit; allowedIps?: string[] | null }): Promise<KeyView> {
    if (patch.rateLimit) this.require(p, 'keys:admin');
    const allowedIps = patch.allowedIps === undefined ? undefined : checkAllowlist(patch.allowedIps);
    const name = patch.name?.trim();
    if (name !== undefined && (name.length < 1 || name.length > 100)) invalid('/name', 'must be 1 to 100 characters after trimming');
    const k = await this.store.transaction(async (tx) => {
      const k = await this.visible(p, tx, id);
      if (allowedIps !== undefined && k.userId !== p.user.id) fail('not_key_owner', "Only the key's owner may change its allowed_ips");
      await tx.keys.update(p.workspace.id, id, { name, rateLimit: patch.rateLimit, allowedIps });
      const base = { workspaceId: p.workspace.id, actor: actorOf(p), target: { type: 'key', id }, context: p };
      if (name !== undefined && name !== k.name) await this.audit.record(tx, { ...base, action: 'key.renamed', details: { from: k.name, to: name } });
      if (patch.rateLimit) await this.audit.record(tx, { ...base, action: 'key.rate_limit_changed', details: { ...patch.rateLimit } });
      if (allowedIps !== undefined) {
        await this.audit.record(tx, { ...base, action: 'key.allowed_ips_changed', details: { from: k.allowedIps ?? null, to: allowedIps } });
      }
      return { ...k, name: name ?? k.name, rateLimit: patch.rateLimit ?? k.rateLimit, allowedIps: allowedIps === undefined ? k.allowedIps : allowedIps };
    });
    await this.options.onInvalidate?.({ keyHash: k.keyHash });
    return this.view(k, await this.store.users.get(p.workspace.id, k.userId));
  }

  /** Idempotent: revoking a revoked key returns it unchanged. Returns only after the revocation is stored everywhere. */
  async revoke(p: Principal, id: string): Promise<KeyView> {
    const now = this.clock.now();
    const k = await this.store.transaction(async (tx) => {
      const k = await this.visible(p, tx, id);
      if (k.revokedAt !== null) return k;
      await tx.keys.update(p.workspace.id, id, { revokedAt: now, revokedBy: p.user.id, revokedReason: 'revoked' });
      await this.audit.record(tx, {
        workspaceId: p.workspace.id,
        action: 'key.revoked',
        actor: actorOf(p),
        target: { type: 'key', id },
        context: p,
        details: { name: k.name, hint: k.hint },
      });
      return { ...k, revokedAt: now, revokedBy: p.user.id, revokedReason: 'revoked' };
    });
    await this.options.onInvalidate?.({ keyHash: k.keyHash });
    return this.view(k, await this.store.users.get(p.workspace.id, k.userId));
  }

  /**
   * Rotation in one step: a replacement with the same name, owner, restriction and limits (and the same
   * lifetime, capped by the workspace maximum), while the old key lives on for `graceSeconds`.
   */
  async roll(
    p: Principal,
    id: string,
    graceSeconds = 86_400,
    options: { revokeWhenIdleMinutes?: number } = {},
  ): Promise<{ key: IssuedKey; previous: KeyView }> {
    const now = this.clock.now();
    const idleMinutes = options.revokeWhenIdleMinutes;
    if (idleMinutes !== undefined && !(Number.isInteger(idleMinutes) && idleMinutes >= 1 && idleMinutes <= 1440)) {
      invalid('/revoke_when_idle_minutes', 'must be a whole number of minutes from 1 to 1440');
    }
    const result = await this.store.transaction(async (tx) => {
      const old = await this.visible(p, tx, id);
      if (idleMinutes !== undefined && old.userId !== p.user.id) fail('not_key_owner', "Only the key's owner may roll it with revoke_when_idle_minutes");
      if (keyStatus(old, now) !== 'active') fail('key_not_active', `Only an active key can be rolled; this one is ${keyStatus(old, now)}`);
      const owner = (await tx.users.get(p.workspace.id, old.userId)) ?? fail('not_found');
      const workspace = (await tx.workspaces.get(p.workspace.id)) ?? fail('not_found');
      const lifetime = old.expiresAt === null ? null : Math.min(old.expiresAt - old.createdAt, workspace.maxKeyLifetimeDays * DAY);
      const issued = await this.insert(tx, {
        workspaceId: p.workspace.id,
        owner,
        createdBy: p.user.id,
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
      await this.audit.record(tx, {
        workspaceId: p.workspace.id,
        action: 'key.rolled',
        actor: actorOf(p),
        target: { type: 'key', id: old.id },
        context: p,
        details: {
          replaced_by: issued.view.record.id,
          grace_seconds: graceSeconds,
          old_expires_at: oldExpiresAt,
          ...(idleMinutes === undefined ? {} : { revoke_when_idle_minutes: idleMinutes }),
        },
      });
      return { issued, previous: { ...old, expiresAt: oldExpiresAt, replacedBy: issued.view.record.id, revokeWhenIdleMs }, owner };
    });
    await this.options.onInvalidate?.({ keyHash: result.previous.keyHash });
    return { key: result.issued, previous: this.view(result.previous, result.owner) };
  }

  /** Records a use of a revoked or expired key, at most once per key per minute so a flood cannot fill the log. */
  async recordMisuse(auth: KeyAuthRecord, code: 'revoked_api_key' | 'expired_api_key', ctx: RequestContext): Promise<void> {
    const action = code === 'revoked_api_key' ? 'key.revoked_use' : 'key.expired_use';
    const gate = this.options.misuseLimiter;
    if (gate && !(await gate.hit(`audit:${action}:${auth.key.id}`, MISUSE_RULE)).allowed) return;
    await this.store.transaction((tx) =>
      this.audit.record(tx, {
        workspaceId: auth.workspace.id,
        action,
        actor: { actorType: 'anonymous', actorId: null },
        target: { type: 'key', id: auth.key.id },
        context: ctx,
        details: { name: auth.key.name, hint: auth.key.hint },
      }),
    );
  }

  /** Records a refused use from outside the key's allowlist, at most once per key per minute. */
  async recordIpRefusal(auth: KeyAuthRecord, ctx: RequestContext): Promise<void> {
    const gate = this.options.misuseLimiter;
    if (gate && !(await gate.hit(`audit:key.ip_not_allowed:${auth.key.id}`, MISUSE_RULE)).allowed) return;
    await this.store.transaction((tx) =>
      this.audit.record(tx, {
        workspaceId: auth.workspace.id,
        action: 'key.ip_not_allowed',
        actor: { actorType: 'key', actorId: auth.key.id },
        target: { type: 'key', id: auth.key.id },
        context: ctx,
        details: { name: auth.key.name, hint: auth.key.hint, ip: ctx.ip },
      }),
    );
  }

  view(k: ApiKeyRecord, owner: User | undefined): KeyView {
    const now = this.clock.now();
    const d = this.options.defaultRateLimit;
    return {
      record: k,
      status: keyStatus(k, now),
      flags: keyFlags(k, now),
      owner: owner ? { id: owner.id, email: owner.email, name: owner.name } : { id: k.userId, email: '', name: '' },
      rateLimit: { perMinute: k.rateLimit.perMinute ?? d.perMinute, perSecond: k.rateLimit.perSecond ?? d.perSecond },
    };
  }

  private async insert(
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
    return { view: this.view(record, k.owner), plaintext };
  }

  /** A key the caller may see: their own, or any in the workspace with keys:admin. Otherwise 404, never 403. */
  private async visible(p: Principal, repos: Repos, id: string): Promise<ApiKeyRecord> {
    this.require(p, 'keys:own');
    const k = await repos.keys.get(p.workspace.id, id);
    if (!k || (k.userId !== p.user.id && !p.permissions.has('keys:admin'))) return fail('not_found', 'No such key');
    return k;
  }

  private checkRestriction(p: Principal, restriction: string[] | null): Permission[] | null {
    if (restriction === null) return null;
    const out = [...new Set(restriction)].sort();
    out.forEach((perm, i) => {
      if (!isPermission(perm)) invalid(`/restriction/${i}`, `unknown permission "${perm}"`);
      else if (!p.permissions.has(perm)) invalid(`/restriction/${i}`, `"${perm}" is not among your permissions`);
    });
    return out as Permission[];
  }

  private require(p: Principal, perm: Permission): void {
    if (!p.permissions.has(perm)) fail('insufficient_permission', `This requires the ${perm} permission`, { missing_permission: perm });
  }
}

/** A validated allowlist (null = anywhere); 400 naming the first bad entry. */
function checkAllowlist(input: string[] | null | undefined): string[] | null {
  if (input == null) return null;
  const parsed = parseAllowlist(input);
  if (!parsed.ok) return invalid(`/allowed_ips/${parsed.index}`, parsed.message);
  return parsed.entries;
}
