import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { testConfig } from '../../src/config.js';
import { KeywardError } from '../../src/errors.js';
import { newId } from '../../src/ids.js';
import { generateKey, hashKey, keyHint } from '../../src/keys/key-format.js';
import type { Principal, UserPrincipal } from '../../src/principal.js';
import { type Services, closeServices, createServices } from '../../src/services.js';
import type { ApiKeyRecord, Role, User } from '../../src/store/types.js';
import { PERMISSIONS, type Permission, sessionPermissions } from '../../src/users/permissions.js';
import { DIALECTS, openTestStore } from '../support/backends.js';
import { keyRecord } from '../support/records.js';

/**
 * The authority invariant (#12, docs/security.md) as a property over the real services on every backend:
 * for every caller (role × session / unrestricted key / any restriction), every target key (its owner's
 * role, its restriction, mine or someone else's) and every operation (create, roll, rename, revoke,
 * rate-limit change), whatever succeeds leaves no key able to do more than the caller could at that moment;
 * roll, rename and allowlist changes are keys:own and the owner's alone (keys:admin does not stand in);
 * only keys:admin sets rate limits, and never on an owner's key unless the caller is an owner; a key the
 * caller cannot see (another user's without keys:admin) is 404 whatever else the caller lacks.
 * For accounts: no key changes a password or two-factor sign-in; only users:manage resets
 * another's password or ends their sessions, an owner's only by an owner; sensitive actions by a session
 * need a recent re-authentication. Reading or changing a user needs users:manage (an owner only by an
 * owner); a new key's restriction names only permissions the caller holds (400 otherwise).
 * The workspace has custom permissions granted to some roles: keys inherit and are restricted to them like
 * Keyward's own, and only users:manage changes the grants, a key only for the permissions it is restricted to.
 * Service accounts, as callers (through their keys) and as targets: their keys are made, rolled, renamed
 * and restricted by keys:admin (an owner-role account's only by an owner), never beyond the caller; no
 * password of theirs is ever reset.
 * Protected APIs are users:manage; verifying a key needs keys:verify (only by restriction) and answers with
 * exactly the verified key's own authority, custom permissions included.
 */
const RUNS = Number(process.env.AUTHORITY_PROPERTY_RUNS ?? 2000);
const ROLES: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];

/** The workspace's custom permissions: owners and admins hold all; members two; viewers one. */
const GRANTS = {
  'invoices:read': ['owner', 'admin', 'member', 'viewer'],
  'invoices:write': ['owner', 'admin', 'member'],
  'reports:export': ['owner', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
const CUSTOM = Object.keys(GRANTS);

/** The role → permissions table as promised, written out again here rather than imported, so a slip in the code cannot hide in the test. */
const ROLE_TABLE: Record<Role, readonly Permission[]> = {
  owner: ['contacts:read', 'contacts:write', 'contacts:delete', 'keys:own', 'keys:admin', 'keys:verify', 'users:manage', 'audit:read', ...CUSTOM],
  admin: ['contacts:read', 'contacts:write', 'contacts:delete', 'keys:own', 'keys:admin', 'keys:verify', 'users:manage', 'audit:read', ...CUSTOM],
  member: ['contacts:read', 'contacts:write', 'keys:own', 'invoices:read', 'invoices:write'],
  viewer: ['contacts:read', 'keys:own', 'invoices:read'],
};
const MANAGEMENT = ['keys:own', 'keys:admin', 'keys:verify', 'users:manage', 'audit:read'];

/** What a key can do as promised: role now ∩ restriction; unrestricted keys never inherit management. */
function specKeyPermissions(role: Role, restriction: readonly string[] | null): Set<string> {
  return new Set(ROLE_TABLE[role].filter((p) => (restriction === null ? !MANAGEMENT.includes(p) : restriction.includes(p))));
}
const subset = (a: Set<string>, b: Set<string>) => [...a].every((p) => b.has(p));

const restrictionArb = fc.option(fc.subarray([...PERMISSIONS, ...CUSTOM]), { nil: null });
/** New grants: each custom permission kept (with some of member and viewer) or dropped, and perhaps a new one. */
const grantsArb = fc
  .record(Object.fromEntries([...CUSTOM, 'tickets:close'].map((name) => [name, fc.option(fc.subarray(['member', 'viewer'] as Role[]), { nil: null })])))
  .map((g) => Object.fromEntries(Object.entries(g).flatMap(([name, extra]) => (extra === null ? [] : [[name, ['owner', 'admin', ...extra]]]))));
const caseArb = fc.record({
  callerRole: fc.constantFrom(...ROLES),
  credential: fc.oneof(fc.constant<'session'>('session'), fc.record({ restriction: restrictionArb })),
  /** A session that proved its user within the re-authentication window. */
  fresh: fc.boolean(),
  targetMine: fc.boolean(),
  /** The caller (when it calls with a key) and the target are service accounts. */
  callerService: fc.boolean(),
  targetService: fc.boolean(),
  targetRole: fc.constantFrom(...ROLES),
  targetRestriction: restrictionArb,
  op: fc.constantFrom(
    'create',
    'roll',
    'rename',
    'allowed_ips',
    'revoke',
    'rate_limit',
    'read',
    'reset_password',
    'end_sessions',
    'change_password',
    'two_factor',
    'read_user',
    'update_user',
    'grants',
    'protected_apis',
    'verify' as const,
  ),
  createRestriction: restrictionArb,
  grants: grantsArb,
  /** The permission a verification asks the target key about. */
  askPermission: fc.constantFrom(...PERMISSIONS, ...CUSTOM),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

for (const dialect of DIALECTS) {
  describe(`[${dialect}] the authority invariant`, () => {
    let s: Services;
    const clock = new ManualClock(Date.UTC(2026, 5, 1, 12));
    const users = new Map<Role, User[]>();
    let workspaceId = '';
    const services = new Map<Role, User[]>();

    beforeAll(async () => {
      const store = await openTestStore(dialect);
      s = await createServices(testConfig({ maxActiveKeysPerUser: 1_000_000, rateLimitPerMinute: 1_000_000, rateLimitPerSecond: 1_000_000 }), {
        logger: pino({ level: 'silent' }),
        clock,
        store,
      });
      const workspace = {
        id: newId('wks'),
        name: 'Property',
        createdAt: clock.now(),
        maxKeyLifetimeDays: 366,
        requireKeyExpiry: false,
        customPermissions: GRANTS,
      };
      workspaceId = workspace.id;
      await store.workspaces.create(workspace);
      for (const role of ROLES) {
        const pair: User[] = [];
        for (let i = 0; i < 2; i++) {
          const u: User = {
            id: newId('usr'),
            workspaceId: workspace.id,
            email: `${role}${i}@example.test`,
            name: `${role} ${i}`,
            role,
            disabled: false,
            createdAt: clock.now(),
          };
          await store.users.create({ ...u, passwordHash: 'x' });
          pair.push(u);
        }
        users.set(role, pair);
        const bots: User[] = [];
        for (let i = 0; i < 2; i++) {
          const u: User = {
            id: newId('usr'),
            workspaceId: workspace.id,
            email: null,
            name: `${role} bot ${i}`,
            role,
            disabled: false,
            createdAt: clock.now(),
            kind: 'service',
          };
          await store.users.create({ ...u, passwordHash: null });
          bots.push(u);
        }
        services.set(role, bots);
      }
    });
    afterAll(async () => {
      await closeServices(s, { closeStore: true });
    });

    /** A key stored directly (any restriction, even one its owner's role no longer covers after a demotion). */
    async function storedKey(owner: User, restriction: readonly string[] | null): Promise<{ record: ApiKeyRecord; plaintext: string }> {
      const plaintext = generateKey();
      const record = keyRecord(owner, {
        keyHash: hashKey(plaintext),
        hint: keyHint(plaintext),
        name: 'target',
        createdAt: clock.now(),
        restriction: restriction === null ? null : [...restriction],
      });
      await s.store.keys.create(record);
      return { record, plaintext };
    }

    /** The caller as the real authentication path builds it, and its permissions per the promised table. */
    /** The caller's user: a person, or (calling with a key) a service account. */
    const callerUser = (c: Case) => (c.callerService && c.credential !== 'session' ? services : users).get(c.callerRole)![0];

    async function callerFor(c: Case): Promise<{ p: Principal; expected: Set<string> }> {
      const user = callerUser(c);
      const ctx = { ip: '192.0.2.1', userAgent: 'property' };
      if (c.credential === 'session') {
        const session = { idHash: `property-${c.callerRole}`, recentAuth: c.fresh };
        const p: Principal = {
          via: 'session',
          user,
          workspace: { id: user.workspaceId, name: 'Property', customPermissions: GRANTS },
          permissions: sessionPermissions(user.role, GRANTS),
          session,
          ...ctx,
        };
        return { p, expected: new Set(ROLE_TABLE[user.role]) };
      }
      const { plaintext } = await storedKey(user, c.credential.restriction);
      const auth = await s.authenticator.authenticateKey(plaintext, ctx);
      if (!auth.ok) throw new Error(`authentication failed: ${auth.code}`);
      return { p: auth.principal, expected: specKeyPermissions(user.role, c.credential.restriction) };
    }

    async function check(c: Case): Promise<void> {
      const { p, expected } = await callerFor(c);
      expect(new Set(p.permissions)).toEqual(expected);
      const others = c.targetService ? services : users;
      const targetOwner = c.targetMine && c.op !== 'create' ? callerUser(c) : others.get(c.targetRole)![1];
      const target = await storedKey(targetOwner, c.targetRestriction);
      const targetCan = specKeyPermissions(targetOwner.role, c.targetRestriction);
      const isOwner = p.user?.id === targetOwner.id;
      const serviceTarget = targetOwner.kind === 'service';
      const resetTarget = c.targetMine ? callerUser(c) : targetOwner;
      /** Rolling, renaming, restricting: the key owner's own (keys:own), or a service account's by keys:admin (an owner-role one's by an owner). */
      const mayManage = () => {
        if (isOwner) return expected.has('keys:own');
        return serviceTarget && expected.has('keys:admin') && (targetOwner.role !== 'owner' || c.callerRole === 'owner');
      };
      let outcome: 'ok' | string;
      let resulting: Set<string> | undefined;
      try {
        switch (c.op) {
          case 'create': {
            // For oneself, or for another service account (targetService).
            const owner = c.targetService ? targetOwner : callerUser(c);
            const issued = await s.keys.create(p, { name: 'new', restriction: c.createRestriction, ownerId: c.targetService ? owner.id : undefined });
            const k = issued.view.record;
            expect(k.userId).toBe(owner.id);
            resulting = specKeyPermissions(owner.role, k.restriction);
            if (c.targetService) expect(expected.has('keys:admin') && (owner.role !== 'owner' || c.callerRole === 'owner')).toBe(true);
            break;
          }
          case 'roll': {
            const { key } = await s.keys.roll(p, target.record.id, 0);
            resulting = specKeyPermissions(targetOwner.role, key.view.record.restriction);
            expect(mayManage()).toBe(true);
            break;
          }
          case 'rename':
            await s.keys.update(p, target.record.id, { name: 'renamed' });
            resulting = targetCan;
            expect(mayManage()).toBe(true);
            break;
          case 'allowed_ips':
            await s.keys.update(p, target.record.id, { allowedIps: ['192.0.2.0/24'] });
            resulting = targetCan;
            expect(mayManage()).toBe(true);
            break;
          case 'read':
            await s.keys.get(p, target.record.id);
            expect((isOwner && expected.has('keys:own')) || expected.has('keys:admin')).toBe(true);
            break;
          case 'rate_limit':
            await s.keys.update(p, target.record.id, { rateLimit: { perMinute: 5, perSecond: 1 } });
            resulting = targetCan;
            expect(expected.has('keys:admin')).toBe(true);
            if (targetOwner.role === 'owner') expect(c.callerRole).toBe('owner');
            break;
          case 'revoke':
            await s.keys.revoke(p, target.record.id);
            expect((isOwner && expected.has('keys:own')) || expected.has('keys:admin')).toBe(true);
            break;
          case 'reset_password': {
            const who = resetTarget;
            await s.accounts.resetPassword(p, who.id);
            // A session with users:manage, recently re-authenticated, never on itself, never an owner unless one, never a service account.
            expect(c.credential).toBe('session');
            expect(who.kind).not.toBe('service');
            expect(c.fresh && expected.has('users:manage') && who.id !== p.user?.id).toBe(true);
            if (who.role === 'owner') expect(c.callerRole).toBe('owner');
            break;
          }
          case 'end_sessions':
            await s.accounts.endUserSessions(p, targetOwner.id);
            expect(expected.has('users:manage')).toBe(true);
            if (targetOwner.role === 'owner') expect(c.callerRole).toBe('owner');
            break;
          case 'read_user':
            await s.users.get(p, targetOwner.id);
            expect(expected.has('users:manage')).toBe(true);
            break;
          case 'update_user':
            // A name change: not sensitive, so only users:manage and "an owner only by an owner" decide.
            await s.users.update(p, targetOwner.id, { name: targetOwner.name });
            expect(expected.has('users:manage')).toBe(true);
            if (targetOwner.role === 'owner') expect(c.callerRole).toBe('owner');
            break;
          case 'change_password':
            // Past authorization it fails on the (wrong) current password: reaching that check is the "allowed" outcome.
            await s.accounts.changePassword(p, 'not the password', 'a long enough new password');
            break;
          case 'two_factor':
            await s.twoFactor.regenerateRecoveryCodes(p);
            break;
          case 'grants': {
            const changed = [...new Set([...CUSTOM, ...Object.keys(c.grants)])].filter(
              (name) => String(GRANTS[name as keyof typeof GRANTS] ?? '') !== String(c.grants[name] ?? ''),
            );
            try {
              await s.workspaces.replaceGrants(p, c.grants);
              // users:manage, and a key only for the permissions its restriction lists.
              expect(expected.has('users:manage')).toBe(true);
              if (c.credential !== 'session') for (const name of changed) expect(c.credential.restriction ?? []).toContain(name);
            } finally {
              await s.store.workspaces.update(workspaceId, { customPermissions: GRANTS });
            }
            break;
          }
          case 'protected_apis':
            await s.protectedApis.list(p, 10);
            expect(expected.has('users:manage')).toBe(true);
            break;
          case 'verify': {
            // Only keys:verify verifies (held by a restriction, never inherited); the verified key's answer is
            // its owner's role now ∩ its restriction, and the permission asked for holds exactly when it is in it.
            const d = await s.protector.verify(p as UserPrincipal, { key: target.plaintext, permission: c.askPermission });
            expect(expected.has('keys:verify')).toBe(true);
            expect('principal' in d && new Set(d.principal.permissions)).toEqual(targetCan);
            expect(d.ok).toBe(targetCan.has(c.askPermission));
            break;
          }
        }
        outcome = 'ok';
      } catch (err) {
        if (!(err instanceof KeywardError)) throw err;
        outcome = err.code;
      }
      if (outcome === 'ok' && resulting) {
        expect(subset(resulting, expected), `${c.op} by ${JSON.stringify(c)} yielded ${[...resulting]} beyond ${[...expected]}`).toBe(true);
      }
      // No key ever gets past authorization on one's own password or two-factor; a session always does.
      const passedAuthorization = outcome === 'ok' || ['wrong_password', 'too_many_failed_attempts', 'two_factor_state'].includes(outcome);
      if (c.op === 'change_password') expect(passedAuthorization).toBe(c.credential === 'session');
      if (c.op === 'two_factor') expect(passedAuthorization).toBe(c.credential === 'session' && c.fresh);
      if (outcome === 'reauth_required') expect(c.credential === 'session' && !c.fresh).toBe(true);
      if (!passedAuthorization)
        expect(['insufficient_permission', 'not_found', 'forbidden_role_change', 'validation_error', 'reauth_required', 'service_account']).toContain(outcome);
      // Only a service account's password is refused as such, and only past the other checks.
      if (outcome === 'service_account') expect(c.op === 'reset_password' && resetTarget.kind === 'service' && expected.has('users:manage')).toBe(true);
      // A new key's restriction names only what the caller holds, or the request is a 400 naming the entry.
      if (c.op === 'create' && c.createRestriction?.some((perm) => !expected.has(perm))) expect(outcome).toBe('validation_error');
      const keyOp = ['roll', 'rename', 'allowed_ips', 'revoke', 'rate_limit', 'read'].includes(c.op);
      // Another user's key, without keys:admin, is invisible: 404 whatever the caller lacks besides.
      if (keyOp && !isOwner && !expected.has('keys:admin')) expect(outcome).toBe('not_found');
      // An owner acting with a recently re-authenticated session on their own key, within their role, is never refused (no false denials).
      if (c.credential === 'session' && c.fresh && keyOp && c.op !== 'rate_limit' && isOwner) expect(outcome).toBe('ok');
    }

    it(`holds for ${RUNS} random (caller × target × operation) cases`, async () => {
      await fc.assert(fc.asyncProperty(caseArb, check), { numRuns: RUNS });
    }, 600_000);
  });
}
