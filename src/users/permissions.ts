import type { CustomGrants } from '../domain.js';
import { fail } from '../errors.js';
import type { Principal } from '../principal.js';
import { type ApiKeyRecord, type Role, type User, isServiceAccount } from '../store/types.js';
import { NO_GRANTS, holdsCustom } from './custom-permissions.js';

/** Every permission Keyward itself defines, as `resource:action`. */
export const PERMISSIONS = [
  'contacts:read',
  'contacts:write',
  'contacts:delete',
  'keys:own',
  'keys:admin',
  'keys:verify',
  'users:manage',
  'audit:read',
] as const;
export type BuiltinPermission = (typeof PERMISSIONS)[number];
/**
 * A permission: one of Keyward's own, or one of the workspace's custom permissions (`resource:action`,
 * src/users/custom-permissions.ts), which the workspace grants to roles.
 */
export type Permission = string;

const TABLE: Record<Role, readonly BuiltinPermission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  member: ['contacts:read', 'contacts:write', 'keys:own'],
  viewer: ['contacts:read', 'keys:own'],
};

/**
 * Permissions an unrestricted key does *not* inherit: a leaked key must not be able to mint keys,
 * manage users, read the audit log or verify other keys unless its restriction names the permission
 * explicitly. Custom permissions are never among them: an unrestricted key inherits those its owner's role holds.
 */
export const MANAGEMENT_PERMISSIONS: ReadonlySet<Permission> = new Set<BuiltinPermission>([
  'keys:own',
  'keys:admin',
  'keys:verify',
  'users:manage',
  'audit:read',
]);

export const isPermission = (p: string): p is BuiltinPermission => (PERMISSIONS as readonly string[]).includes(p);

/** What a role holds in one workspace, computed once per (grants object, role): the hot path allocates nothing. */
interface RoleHoldings {
  readonly list: readonly Permission[];
  readonly all: ReadonlySet<Permission>;
  /** What an unrestricted key inherits: all but the management permissions. */
  readonly unrestricted: ReadonlySet<Permission>;
}
const HOLDINGS = new WeakMap<CustomGrants, Map<Role, RoleHoldings>>();

function holdings(role: Role, grants: CustomGrants): RoleHoldings {
  let byRole = HOLDINGS.get(grants);
  if (byRole === undefined) HOLDINGS.set(grants, (byRole = new Map()));
  let h = byRole.get(role);
  if (h === undefined) {
    const list = [...TABLE[role], ...Object.keys(grants).filter((name) => holdsCustom(grants, name, role))];
    h = { list, all: new Set(list), unrestricted: new Set(list.filter((p) => !MANAGEMENT_PERMISSIONS.has(p))) };
    byRole.set(role, h);
  }
  return h;
}

/** The permissions a role holds: Keyward's table, then the workspace's custom permissions granted to it. */
export function rolePermissions(role: Role, grants: CustomGrants): readonly Permission[] {
  return holdings(role, grants).list;
}

/** A session acts with its user's role. */
export function sessionPermissions(role: Role, grants: CustomGrants): ReadonlySet<Permission> {
  return holdings(role, grants).all;
}

/**
 * A key acts with (owner's role now) ∩ (restriction, or everything but management when unrestricted).
 * A restriction naming a custom permission the workspace no longer defines, or no longer grants the
 * owner's role, simply yields nothing for it.
 */
export function keyPermissions(role: Role, restriction: readonly string[] | null, grants: CustomGrants): ReadonlySet<Permission> {
  const h = holdings(role, grants);
  if (restriction === null) return h.unrestricted;
  return new Set(h.list.filter((p) => restriction.includes(p)));
}

/** The console operator holds every permission in the workspace it acts on (an owner's, custom ones included). */
export const operatorPermissions = (grants: CustomGrants): ReadonlySet<Permission> => holdings('owner', grants).all;
/** The operator's permissions in a workspace without custom permissions. */
export const OPERATOR_PERMISSIONS: ReadonlySet<Permission> = operatorPermissions(NO_GRANTS);

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };
export const roleRank = (r: Role) => RANK[r];

/** A key as authorization sees it: whose it is, and what it can do with its owner's role now. */
export interface KeyTarget {
  readonly key: Pick<ApiKeyRecord, 'workspaceId' | 'userId' | 'restriction'>;
  readonly owner: Pick<User, 'id' | 'role' | 'kind'>;
}

/**
 * Everything a principal can ask to do, with what the decision needs to know about the target.
 * `key.create` names the key that would result (its owner and restriction), so the decision can compare
 * what it could do with what the caller can do.
 */
export type Action =
  | { readonly type: 'contacts.read' | 'contacts.write' | 'contacts.delete' }
  | { readonly type: 'keys.list'; readonly scope: 'mine' | 'workspace' }
  | {
      readonly type: 'key.create';
      readonly owner: Pick<User, 'id' | 'role' | 'workspaceId' | 'kind'>;
      readonly restriction: readonly string[] | null;
      readonly rateLimit: boolean;
    }
  | { readonly type: 'key.read' | 'key.revoke' | 'key.rename' | 'key.roll' | 'key.set_rate_limit' | 'key.set_allowed_ips'; readonly target: KeyTarget }
  | { readonly type: 'usage.overview' }
  | { readonly type: 'audit.read' | 'workspace.read' | 'workspace.update' }
  /** Reading the workspace's permissions and grants (anyone in it); changing them names what changes. */
  | { readonly type: 'permissions.read' }
  | { readonly type: 'permissions.update'; readonly changed: readonly string[] }
  /**
   * The workspace's users: listing them, reading one, and changing any (`users.update`, asked before the
   * target is looked up, so a caller who may not change users learns nothing about which ids exist; the
   * rules about that target are `user.update`, `user.reset_password` and `user.end_sessions`).
   */
  | { readonly type: 'users.list' | 'users.read' | 'users.update' }
  /** One's own notifications and email preferences; the workspace's webhook endpoints. */
  | { readonly type: 'notifications.own' | 'webhooks.manage' }
  | { readonly type: 'user.create'; readonly role: Role }
  | { readonly type: 'user.update'; readonly target: Pick<User, 'id' | 'role' | 'workspaceId'>; readonly role?: Role }
  /** Adding or changing a webhook (re-authentication); listing and reading stay `webhooks.manage`. */
  | { readonly type: 'webhook.change' }
  /** The workspace's protected APIs (their routes and the permission each needs); verifying a presented key. */
  | { readonly type: 'protected_apis.manage' | 'keys.verify' }
  /** A request to a protected API, through forward-auth or the verify API: the matched rule's permission. */
  | { readonly type: 'protected.request'; readonly permission: string }
  /** One's own password and sessions; `account.two_factor` turns one's own two-factor sign-in on or off. */
  | { readonly type: 'account.own' | 'account.two_factor' }
  /** Another user's password (a temporary one), or ending all their sessions. */
  | { readonly type: 'user.reset_password' | 'user.end_sessions'; readonly target: Pick<User, 'id' | 'role' | 'workspaceId' | 'kind'> };

export type Refusal = {
  readonly ok: false;
  readonly code: 'insufficient_permission' | 'not_found' | 'forbidden_role_change' | 'reauth_required' | 'validation_error' | 'service_account';
  readonly detail: string;
  readonly missing?: Permission;
  /** For `validation_error`: the field of the request that asked for more than the caller holds. */
  readonly field?: { readonly path: string; readonly message: string };
};
export type Decision = { readonly ok: true } | Refusal;

const ALLOW: Decision = { ok: true };
/**
 * The permission each action needs at the least (before any rule about its target). Routes document it
 * in their config (OpenAPI) from this same table; only `authorize` checks it.
 */
export const NEEDS = {
  'contacts.read': 'contacts:read',
  'contacts.write': 'contacts:write',
  'contacts.delete': 'contacts:delete',
  'users.list': 'users:manage',
  'users.read': 'users:manage',
  'users.update': 'users:manage',
  'user.create': 'users:manage',
  'user.update': 'users:manage',
  'audit.read': 'audit:read',
  'workspace.update': 'users:manage',
  'permissions.update': 'users:manage',
  'keys.list': 'keys:own',
  'key.create': 'keys:own',
  'notifications.own': 'keys:own',
  'webhooks.manage': 'users:manage',
  'webhook.change': 'users:manage',
  'user.reset_password': 'users:manage',
  'user.end_sessions': 'users:manage',
  'usage.overview': 'keys:admin',
  'protected_apis.manage': 'users:manage',
  'keys.verify': 'keys:verify',
} as const satisfies Partial<Record<Action['type'], BuiltinPermission>>;

/**
 * The one place that decides who may do what. Pure: the principal and the action say
 * everything. Every service method asks it before it reads or writes anything it would reveal, whoever
 * calls the service (HTTP, the CLI, a background job).
 *
 * The invariant it keeps: **no credential outranks its maker.** No operation yields a key whose
 * effective permissions (its owner's role now ∩ its restriction) exceed the caller's own effective
 * permissions at that moment, and no user is made or promoted beyond them. Rolling and renaming a key are
 * its owner's alone; `keys:admin` lists, revokes and sets `rate_limit`, nothing more; only an owner
 * changes an owner (docs/security.md). A service account's keys are the exception to "its owner's alone":
 * nobody signs in as it, so `keys:admin` creates, rolls, renames and restricts them — under the same
 * "no more than the caller" rule, and an owner-role service account's only by an owner.
 */
export function authorize(p: Principal, action: Action): Decision {
  const d = decide(p, action);
  return d.ok && p.via === 'session' && !p.session?.recentAuth && isSensitive(p, action) ? REAUTH : d;
}

/**
 * "Sudo mode": what a browser session may do only within minutes of proving its user again
 * (password or TOTP), because a stolen cookie must not be enough: minting or rolling a key that holds a
 * management permission, changing a key's allowlist, adding or changing a webhook, changing a role,
 * resetting a password and changing two-factor sign-in. API keys are a deliberate credential and are
 * never asked; the console operator neither.
 */
function isSensitive(p: Principal, action: Action): boolean {
  switch (action.type) {
    case 'key.create':
      return action.restriction !== null && action.restriction.some((perm) => MANAGEMENT_PERMISSIONS.has(perm));
    case 'key.roll':
      return holdsManagement(effectiveKeyPermissions(p, action.target));
    case 'key.set_allowed_ips':
    case 'webhook.change':
    case 'user.reset_password':
    case 'account.two_factor':
      return true;
    case 'user.update':
      return action.role !== undefined && action.role !== action.target.role;
    default:
      return false;
  }
}

const holdsManagement = (perms: ReadonlySet<Permission>) => [...perms].some((perm) => MANAGEMENT_PERMISSIONS.has(perm));
const REAUTH: Refusal = { ok: false, code: 'reauth_required', detail: 'Confirm your password (or a two-factor code) first: POST /auth/reauth, then retry' };

function decide(p: Principal, action: Action): Decision {
  const needed: Permission | undefined = (NEEDS as Partial<Record<Action['type'], Permission>>)[action.type];
  if (action.type === 'keys.list' || action.type === 'key.create') return authorizeKeys(p, action);
  if (needed !== undefined && !p.permissions.has(needed)) return missing(p, needed);
  switch (action.type) {
    case 'key.read':
    case 'key.revoke':
      return visible(p, action.target);
    case 'key.rename':
    case 'key.roll':
      return ownersAlone(p, action.target, action.type === 'key.roll' ? 'roll' : 'rename');
    case 'key.set_allowed_ips':
      return ownersAlone(p, action.target, 'change the allowed addresses of');
    case 'key.set_rate_limit':
      return authorizeRateLimit(p, action.target);
    case 'user.create':
      return grantsNoMore(p, action.role) ?? (action.role === 'owner' && !actsAsOwner(p) ? ownersOnly('create an owner') : ALLOW);
    case 'user.update':
      if (action.target.workspaceId !== p.workspace.id) return NOT_FOUND_USER;
      if ((action.target.role === 'owner' || action.role === 'owner') && !actsAsOwner(p)) return ownersOnly('change an owner or promote to owner');
      return (action.role !== undefined && grantsNoMore(p, action.role)) || ALLOW;
    case 'account.own':
    case 'account.two_factor':
      return p.via === 'session'
        ? ALLOW
        : {
            ok: false,
            code: 'insufficient_permission',
            detail: 'Only a signed-in user changes their own password, two-factor sign-in or sessions; an API key never can',
          };
    case 'user.reset_password':
    case 'user.end_sessions':
      return authorizeAccountOf(p, action);
    case 'permissions.update':
      return authorizeGrants(p, action.changed);
    case 'protected.request':
      return requirePermission(p, action.permission);
    default:
      return ALLOW;
  }
}

/**
 * Another user's password or sessions: in the workspace, never an owner's unless the caller is one. A
 * service account has no password to reset (and no sessions to end, which is harmless to ask).
 */
function authorizeAccountOf(p: Principal, a: Extract<Action, { type: 'user.reset_password' | 'user.end_sessions' }>): Decision {
  if (a.target.workspaceId !== p.workspace.id) return NOT_FOUND_USER;
  if (a.target.role === 'owner' && !actsAsOwner(p)) return ownersOnly("change an owner's password or sessions");
  if (a.type === 'user.end_sessions') return ALLOW;
  if (isServiceAccount(a.target)) return NO_PASSWORD;
  if (p.via === 'key') return { ok: false, code: 'insufficient_permission', detail: 'An API key cannot reset a password; sign in' };
  if (p.user?.id === a.target.id) return { ok: false, code: 'insufficient_permission', detail: 'Change your own password with POST /api/me/password' };
  return ALLOW;
}

function authorizeKeys(p: Principal, action: Extract<Action, { type: 'keys.list' | 'key.create' }>): Decision {
  if (action.type === 'key.create') return authorizeCreate(p, action);
  return requirePermission(p, action.scope === 'workspace' ? 'keys:admin' : 'keys:own');
}

/** `authorize`, throwing the refusal as a problem (what service methods call). */
export function enforce(p: Principal, action: Action): void {
  const d = authorize(p, action);
  if (d.ok) return;
  if (d.missing) fail(d.code, d.detail, { missing_permission: d.missing });
  if (d.field) fail(d.code, d.detail, { errors: [d.field] });
  fail(d.code, d.detail);
}

/** What a key of the caller's workspace would be able to do: its owner's role now ∩ its restriction. */
export const effectiveKeyPermissions = (p: Principal, t: KeyTarget) => keyPermissions(t.owner.role, t.key.restriction, p.workspace.customPermissions);

/** Whether every permission of `inner` is in `outer`. */
export function isSubset(inner: ReadonlySet<Permission>, outer: ReadonlySet<Permission>): boolean {
  for (const perm of inner) if (!outer.has(perm)) return false;
  return true;
}

/**
 * A new key: its restriction names only permissions the caller holds (a 400 naming the entry, asked
 * first), the caller holds `keys:own` (and `keys:admin` to set a rate limit), the key is the caller's own
 * (the operator's may be any user's; a service account's is made by `keys:admin`), and it could do nothing
 * the caller cannot. `a.restriction` is the normalised one (deduplicated, sorted, every entry a known
 * permission) the key would be stored with.
 */
function authorizeCreate(p: Principal, a: Extract<Action, { type: 'key.create' }>): Decision {
  const unheld = (a.restriction ?? []).findIndex((perm) => !p.permissions.has(perm));
  if (unheld >= 0) {
    const path = `/restriction/${unheld}`;
    const message = `"${a.restriction![unheld]}" is not among your permissions`;
    return { ok: false, code: 'validation_error', detail: `${path.slice(1)} ${message}`, field: { path, message } };
  }
  if (a.owner.workspaceId !== p.workspace.id) return NOT_FOUND_USER;
  if (isServiceAccount(a.owner) && a.owner.id !== p.user?.id) {
    return manageServiceKey(
      p,
      a.owner,
      keyPermissions(a.owner.role, a.restriction, p.workspace.customPermissions),
      'The new key would hold permissions you do not have',
    );
  }
  const own = requirePermission(p, 'keys:own');
  if (!own.ok) return own;
  if (a.rateLimit && !p.permissions.has('keys:admin')) return missing(p, 'keys:admin');
  // A user makes keys for themself only; the operator makes them for any user of the workspace.
  if (p.via !== 'cli' && a.owner.id !== p.user.id) return { ok: false, code: 'insufficient_permission', detail: 'Keys can only be created for yourself' };
  return outranks(p, keyPermissions(a.owner.role, a.restriction, p.workspace.customPermissions), 'The new key would hold permissions you do not have');
}

function authorizeRateLimit(p: Principal, t: KeyTarget): Decision {
  const seen = visible(p, t);
  if (!seen.ok) return seen;
  const admin = requirePermission(p, 'keys:admin');
  if (!admin.ok) return admin;
  if (t.owner.role === 'owner' && !actsAsOwner(p)) return ownersOnly("change an owner's key");
  return outranks(p, effectiveKeyPermissions(p, t), 'This key holds permissions you do not have');
}

/**
 * Roll, rename and allowlist: `keys:own` and the key owner's alone, and only while the key holds nothing
 * the caller lacks. `keys:admin` does not stand in for `keys:own` here: an admin
 * credential restricted to `keys:admin` lists, revokes and sets rate limits, and nothing more. A service
 * account's key, which no person owns, is the exception: see {@link manageServiceKey}.
 */
function ownersAlone(p: Principal, t: KeyTarget, verb: 'roll' | 'rename' | 'change the allowed addresses of'): Decision {
  const seen = visible(p, t);
  if (!seen.ok) return seen;
  const why = verb === 'roll' ? 'The new key would hold permissions this credential does not have' : 'This key holds permissions this credential does not have';
  const mine = p.via !== 'cli' && t.key.userId === p.user.id;
  if (!mine && isServiceAccount(t.owner)) return manageServiceKey(p, t.owner, effectiveKeyPermissions(p, t), why);
  if (!mine) return { ok: false, code: 'insufficient_permission', detail: `Only the key's owner can ${verb} it` };
  const own = requirePermission(p, 'keys:own');
  if (!own.ok) return own;
  return outranks(p, effectiveKeyPermissions(p, t), why);
}

/**
 * A service account's key, made or changed by someone else (nobody signs in as a service account): by
 * `keys:admin` (the operator holds it), an owner-role service account's only by an owner, and never so the
 * key holds a permission the caller lacks (`result`: what the key could do afterwards).
 */
function manageServiceKey(p: Principal, owner: Pick<User, 'role'>, result: ReadonlySet<Permission>, detail: string): Decision {
  const admin = requirePermission(p, 'keys:admin');
  if (!admin.ok) return admin;
  if (owner.role === 'owner' && !actsAsOwner(p)) return ownersOnly('manage the keys of an owner-role service account');
  return outranks(p, result, detail);
}

/**
 * A key the caller may see: any in the workspace with keys:admin, otherwise only their own (with keys:own).
 * A key the caller cannot see is 404 whatever the reason — another workspace's, another user's without
 * keys:admin, even when the caller also lacks keys:own — so a 403 never confirms that an id exists.
 */
function visible(p: Principal, t: KeyTarget): Decision {
  if (t.key.workspaceId !== p.workspace.id) return NOT_FOUND_KEY;
  if (p.via === 'cli' || p.permissions.has('keys:admin')) return ALLOW;
  if (t.key.userId !== p.user.id) return NOT_FOUND_KEY;
  return requirePermission(p, 'keys:own');
}

function outranks(p: Principal, result: ReadonlySet<Permission>, detail: string): Decision {
  for (const perm of result) if (!p.permissions.has(perm)) return { ok: false, code: 'insufficient_permission', detail: `${detail} (${perm})`, missing: perm };
  return ALLOW;
}

/**
 * Changing which roles hold custom permissions (users:manage, checked before). Whoever holds users:manage
 * by role is an owner or an admin, and so holds every custom permission, before and after the change; an
 * API key holds one only when its restriction lists it, so a key changes the grants of those alone: a
 * key restricted to users:manage cannot hand members a permission it does not have itself.
 */
function authorizeGrants(p: Principal, changed: readonly string[]): Decision {
  if (p.via !== 'key') return ALLOW;
  const unheld = changed.find((perm) => !p.key?.restriction?.includes(perm));
  if (unheld === undefined) return ALLOW;
  return {
    ok: false,
    code: 'insufficient_permission',
    detail: `This changes who holds ${unheld}, which this key's restriction does not list`,
    missing: unheld,
  };
}

/** A user made or promoted to `role` must not be able to do more than the caller. */
function grantsNoMore(p: Principal, role: Role): Refusal | undefined {
  const d = outranks(p, sessionPermissions(role, p.workspace.customPermissions), `A ${role} would hold permissions you do not have`);
  return d.ok ? undefined : d;
}

const actsAsOwner = (p: Principal) => p.via === 'cli' || p.user.role === 'owner';
const ownersOnly = (what: string): Refusal => ({ ok: false, code: 'forbidden_role_change', detail: `Only an owner can ${what}` });
const NOT_FOUND_KEY: Refusal = { ok: false, code: 'not_found', detail: 'No such key' };
const NOT_FOUND_USER: Refusal = { ok: false, code: 'not_found', detail: 'No such user' };
const NO_PASSWORD: Refusal = { ok: false, code: 'service_account', detail: 'A service account has no password: it never signs in (manage its keys instead)' };

function requirePermission(p: Principal, perm: Permission): Decision {
  return p.permissions.has(perm) ? ALLOW : missing(p, perm);
}

/**
 * The 403 for a missing permission. It suggests a key restriction only when that would help: the key's
 * owner's role holds the permission but an unrestricted key does not inherit it.
 */
function missing(p: Principal, perm: Permission): Refusal {
  let detail = `This requires the ${perm} permission`;
  if (p.via === 'key' && p.key) {
    if (!rolePermissions(p.user.role, p.workspace.customPermissions).includes(perm)) detail += `, which your role (${p.user.role}) does not include`;
    else if (p.key.restriction === null) detail += '; an API key gets it only when created with a restriction that lists it';
    else detail += "; this key's restriction does not list it";
  }
  return { ok: false, code: 'insufficient_permission', detail, missing: perm };
}
