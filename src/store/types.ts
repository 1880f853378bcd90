import type { ChangeFeed } from './change-feed.js';
import type { DialectName } from './dialects/dialect.js';

/**
 * The storage contract. Services and routes depend on these interfaces only; the Kysely implementation
 * (`sql-store.ts`) and what each database runs its own way (`dialects/sqlite/`, `dialects/postgres/`) live beside them.
 */
import type { NotificationRepo } from './notification-types.js';
import type { AuditAction } from '../audit/audit-service.js';
import type { CustomGrants, KeyStatus, Role, RuleMethod, UserKind } from '../domain.js';
import type { StorageWrites } from './storage-errors.js';

export { ROLES } from '../domain.js';
export type { CustomGrants, KeyStatus, Role, UserKind };

export interface Workspace {
  id: string;
  name: string;
  createdAt: number;
  maxKeyLifetimeDays: number;
  requireKeyExpiry: boolean;
  /** Owners and admins must use two-factor sign-in; absent means false. */
  requireTwoFactor?: boolean;
  /** The workspace's own permissions and the roles holding each; absent means none. */
  customPermissions?: CustomGrants;
}

/** A workspace as authentication carries it: enough to name it and to compute what its roles hold. */
export interface WorkspaceRef {
  id: string;
  name: string;
  customPermissions: CustomGrants;
  /** Moves with every change to the workspace's protected APIs (absent: 0). */
  protectedApisVersion?: number;
}

export interface User {
  id: string;
  workspaceId: string;
  /** Null for a service account, which has no email. */
  email: string | null;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
  /** A person (absent means a person) or a service account (no email, no password, never signs in). */
  kind?: UserKind;
}

/** Whether `u` is a service account (an integration's identity, whose keys owners and admins manage). */
export const isServiceAccount = (u: Pick<User, 'kind'>): boolean => u.kind === 'service';

export interface UserWithSecret extends User {
  /** Null for a service account: no password opens it. */
  passwordHash: string | null;
}

/**
 * How far a sign-in has got: `active` may do anything its user may; the others may only finish signing in
 * (a TOTP code, a new password, two-factor enrolment) or sign out.
 */
export const SESSION_STAGES = ['active', 'two_factor', 'password_change', 'two_factor_enrolment'] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

export interface Session {
  idHash: string;
  userId: string;
  workspaceId: string;
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
  stage: SessionStage;
  ip: string | null;
  userAgent: string | null;
  lastSeenAt: number | null;
  /** When this session last proved its user (password or TOTP): sign-in or re-authentication. */
  reauthAt: number | null;
}

/** What sign-in and account changes need of a user beyond `User` (never returned by the API). */
export interface UserSecrets {
  /** Null for a service account: no password opens it. */
  passwordHash: string | null;
  mustChangePassword: boolean;
  /** The sealed TOTP secret once two-factor sign-in is on; null when off. */
  totpSecret: string | null;
  /** A secret being enrolled, until a first code confirms it. */
  totpPendingSecret: string | null;
  /** The last TOTP time step accepted: a code of this step or an earlier one is never accepted again. */
  totpLastStep: number | null;
  /** False only for a sign-up (with SMTP configured) whose address has not been confirmed by its link yet. */
  emailVerified: boolean;
}

/** What a one-time emailed link is for. */
export type AccountTokenPurpose = 'password_reset' | 'email_verification';

/** Passwords, two-factor and sign-in addresses, keyed by user id (ids are unique across workspaces). */
export interface AccountRepo {
  secrets(userId: string): Promise<UserSecrets | undefined>;
  setPassword(userId: string, passwordHash: string, mustChange: boolean): Promise<void>;
  setPendingTotp(userId: string, sealed: string | null): Promise<void>;
  /** Turns two-factor on with `sealed` (the confirmed pending secret), having accepted `step`. */
  enableTotp(userId: string, sealed: string, step: number): Promise<void>;
  disableTotp(userId: string): Promise<void>;
  /** Records `step` as used, only if it is later than the last one (a conditional update): true if it was. */
  useTotpStep(userId: string, step: number): Promise<boolean>;
  replaceRecoveryCodes(userId: string, hashes: readonly string[]): Promise<void>;
  /** Marks an unused code used (conditional, so racing uses succeed once): true if this call used it. */
  useRecoveryCode(userId: string, hash: string, at: number): Promise<boolean>;
  countRecoveryCodes(userId: string): Promise<number>;
  /** Records a sign-in from `ip`; true when the address is new, or was last seen before `newIfBefore`. */
  touchIp(userId: string, ip: string, at: number, newIfBefore: number): Promise<boolean>;
  /** Whether any sign-in address of the user is recorded (a first sign-in is not "from a new address"). */
  hasIps(userId: string): Promise<boolean>;
  setEmailVerified(userId: string, verified: boolean): Promise<void>;
  /** Stores a new link's token hash, replacing every unused link of the same user and purpose. */
  addToken(t: { tokenHash: string; userId: string; workspaceId: string; purpose: AccountTokenPurpose; createdAt: number; expiresAt: number }): Promise<void>;
  /** Uses a link once (a conditional update): its user when it was unused, unexpired and for `purpose`. */
  useToken(tokenHash: string, purpose: AccountTokenPurpose, at: number): Promise<{ userId: string; workspaceId: string } | undefined>;
}

export interface Contact {
  id: string;
  workspaceId: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  notes: string | null;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

export interface KeyRateLimit {
  perMinute: number | null;
  perSecond: number | null;
}

export interface ApiKeyRecord {
  id: string;
  workspaceId: string;
  userId: string;
  keyHash: string;
  hint: string;
  name: string;
  createdAt: number;
  createdBy: string;
  expiresAt: number | null;
  lastUsedAt: number | null;
  lastUsedIp: string | null;
  revokedAt: number | null;
  revokedBy: string | null;
  revokedReason: string | null;
  restriction: string[] | null;
  rateLimit: KeyRateLimit;
  rolledFrom: string | null;
  replacedBy: string | null;
  /** Addresses and CIDRs the key may be used from; null = anywhere. */
  allowedIps?: string[] | null;
  /** After a roll: revoke this (old) key once it has been idle this long. */
  revokeWhenIdleMs?: number | null;
}

/** What one authentication lookup returns: the key with its owner and workspace as they are now. */
export interface KeyAuthRecord {
  key: ApiKeyRecord;
  user: User;
  workspace: WorkspaceRef;
}

/** One rule of a protected API: requests with this method whose path matches `path` need `permission`. */
export interface ProtectedApiRule {
  /** An HTTP method, or `*` for any. */
  method: RuleMethod;
  /** A path pattern: `*` is one segment, a final `**` the rest. */
  path: string;
  permission: string;
}

/** A workspace's own HTTP API that Keyward guards (forward-auth, the verify API). */
export interface ProtectedApiRecord {
  id: string;
  workspaceId: string;
  name: string;
  /** Host names that select it (lower case); empty = any host. */
  hosts: string[];
  pathPrefix: string;
  /** In order: the first rule that matches a request decides. */
  rules: ProtectedApiRule[];
  createdAt: number;
  updatedAt: number;
}

/** Each write moves the workspace's `protectedApisVersion` in the same statement batch (run them in one transaction). */
export interface ProtectedApiRepo {
  /** Every protected API of the workspace, oldest first. */
  all(workspaceId: string): Promise<ProtectedApiRecord[]>;
  list(workspaceId: string, limit: number, after?: Cursor): Promise<Page<ProtectedApiRecord>>;
  get(workspaceId: string, id: string): Promise<ProtectedApiRecord | undefined>;
  count(workspaceId: string): Promise<number>;
  create(a: ProtectedApiRecord): Promise<void>;
  update(a: ProtectedApiRecord): Promise<void>;
  delete(workspaceId: string, id: string): Promise<boolean>;
}

export interface AuditEvent {
  id: string;
  workspaceId: string;
  at: number;
  action: AuditAction;
  actorType: 'user' | 'key' | 'system' | 'anonymous' | 'operator';
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

/** Keyset position for newest-first lists. */
export interface Cursor {
  at: number;
  id: string;
}

export interface Page<T> {
  items: T[];
  next: Cursor | null;
}

export interface KeyListQuery {
  workspaceId: string;
  userId?: string;
  status?: KeyStatus;
  now: number;
  limit: number;
  after?: Cursor;
}

export interface AuditQuery {
  workspaceId: string;
  actorId?: string;
  action?: string;
  targetId?: string;
  since?: number;
  until?: number;
  limit: number;
  after?: Cursor;
}

export interface LastUsed {
  keyId: string;
  at: number;
  ip: string;
}

/** What one bucket of one key counted. */
export interface UsageCounts {
  /** Every authenticated request (including those then refused with 403 or 429). */
  requests: number;
  ok: number;
  client_errors: number;
  rate_limited: number;
  server_errors: number;
  /** 401s for the key's revoked or expired state (not in `requests`: they did not authenticate). */
  refused: number;
}

export interface UsageRow extends UsageCounts {
  keyId: string;
  workspaceId: string;
  spanMs: number;
  start: number;
}

export interface UsageTotals {
  keyId: string;
  requests: number;
  rate_limited: number;
}

export interface UsageRepo {
  /** Adds a batch of counters: one upsert per key and bucket (counts from several instances add up). */
  add(batch: readonly UsageRow[]): Promise<void>;
  /** One key's rows of every span whose bucket starts in [from, to). */
  series(workspaceId: string, keyId: string, from: number, to: number): Promise<UsageRow[]>;
  /** The workspace's keys with the most requests (or 429s) in [from, to). */
  top(workspaceId: string, from: number, to: number, by: 'requests' | 'rate_limited', limit: number): Promise<UsageTotals[]>;
  /**
   * Folds every minute row that starts before `before` into its hour row and deletes it. Deleting first
   * (with RETURNING) makes two instances running this at once fold each row exactly once.
   */
  rollUp(before: number): Promise<number>;
  /** Deletes rows older than `before`. */
  prune(before: number): Promise<number>;
}

export interface KeyIpRepo {
  /**
   * Records that a key was used from `ip` at `at`. True when that use is new: the address was not stored
   * for the key, or last seen before `newIfBefore`; decided by conditional writes, so exactly one of
   * several racing callers gets true. Keeps at most `keep` addresses per key (most recent).
   */
  touch(keyId: string, ip: string, at: number, newIfBefore: number, keep: number): Promise<boolean>;
  list(keyId: string): Promise<{ ip: string; lastSeen: number }[]>;
}

export interface WorkspaceRepo {
  create(w: Workspace): Promise<void>;
  get(id: string): Promise<Workspace | undefined>;
  update(
    id: string,
    patch: Partial<Pick<Workspace, 'name' | 'maxKeyLifetimeDays' | 'requireKeyExpiry' | 'requireTwoFactor' | 'customPermissions'>>,
  ): Promise<void>;
}

export interface UserRepo {
  create(u: UserWithSecret): Promise<void>;
  get(workspaceId: string, id: string): Promise<User | undefined>;
  /** Every person with this email, one per workspace they belong to, oldest first (sign-in); never a service account. */
  findByEmail(email: string): Promise<UserWithSecret[]>;
  findInWorkspace(workspaceId: string, email: string): Promise<User | undefined>;
  list(workspaceId: string, limit: number, after?: Cursor): Promise<Page<User>>;
  /** Every active owner (a person) of every workspace, oldest first, for the operator's CLI (which takes the first). */
  owners(): Promise<User[]>;
  update(workspaceId: string, id: string, patch: Partial<Pick<User, 'role' | 'disabled' | 'name'>>): Promise<void>;
  countAll(): Promise<number>;
  /** Active owners who are people (a service account never signs in, so it cannot stand in for the last owner). */
  countActiveOwners(workspaceId: string): Promise<number>;
}

export interface SessionRepo {
  create(s: Session): Promise<void>;
  get(idHash: string): Promise<Session | undefined>;
  delete(idHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
  /** A user's live and ended-but-unexpired sessions, newest first. */
  listForUser(userId: string): Promise<Session[]>;
  /** Ends every session of the user but `keepIdHash`; how many it ended. */
  deleteOthers(userId: string, keepIdHash: string | null): Promise<number>;
  update(idHash: string, patch: Partial<Pick<Session, 'stage' | 'expiresAt' | 'reauthAt' | 'lastSeenAt'>>): Promise<void>;
}

export interface ContactRepo {
  create(c: Contact): Promise<void>;
  get(workspaceId: string, id: string): Promise<Contact | undefined>;
  list(workspaceId: string, opts: { q?: string; limit: number; after?: Cursor }): Promise<Page<Contact>>;
  update(c: Contact): Promise<void>;
  delete(workspaceId: string, id: string): Promise<boolean>;
}

export interface KeyRepo {
  create(k: ApiKeyRecord): Promise<void>;
  get(workspaceId: string, id: string): Promise<ApiKeyRecord | undefined>;
  /** By id alone, for the operator's CLI (never reachable from the network). */
  getById(id: string): Promise<ApiKeyRecord | undefined>;
  /** The authentication lookup: one indexed read by hash, joined with owner and workspace. */
  findByHash(keyHash: string): Promise<KeyAuthRecord | undefined>;
  list(q: KeyListQuery): Promise<Page<ApiKeyRecord>>;
  update(
    workspaceId: string,
    id: string,
    patch: Partial<
      Pick<ApiKeyRecord, 'name' | 'expiresAt' | 'revokedAt' | 'revokedBy' | 'revokedReason' | 'replacedBy' | 'rateLimit' | 'allowedIps' | 'revokeWhenIdleMs'>
    >,
  ): Promise<void>;
  countActive(userId: string, now: number): Promise<number>;
  /** The earliest expiry after `now` of the workspace's unrevoked keys (of `userId` when given): when a status filter's answer changes. */
  nextExpiry(q: { workspaceId: string; userId?: string; now: number }): Promise<number | null>;
  /** Replaces a stored hash (pepper rotation); only if it is still `fromHash`. */
  rehash(id: string, fromHash: string, toHash: string): Promise<void>;
  /** Unrevoked keys waiting to be revoked once idle (rolled with `revoke_when_idle_minutes`). */
  idleRevocable(): Promise<ApiKeyRecord[]>;
  /**
   * Revokes the key if it is still unrevoked and unused since `usedBefore` (a conditional UPDATE, so
   * instances racing on it revoke it once); true if this call revoked it.
   */
  revokeIfIdle(id: string, at: number, usedBefore: number, reason: string): Promise<boolean>;
  /**
   * Applies a batch of last-used observations; a stored later time wins, unless it is after
   * `replaceAfter` (a time from a clock excursion), which any observation replaces.
   */
  recordLastUsed(batch: readonly LastUsed[], options?: { replaceAfter?: number }): Promise<void>;
}

export interface AuditRepo {
  append(e: AuditEvent): Promise<void>;
  list(q: AuditQuery): Promise<Page<AuditEvent>>;
}

/** Who sent an Idempotency-Key, and the key: a principal's keys are its own. */
export interface IdempotencyScope {
  readonly workspaceId: string;
  /** `user:<id>` for a session, `key:<id>` for an API key. */
  readonly principal: string;
  readonly key: string;
}

/** A remembered request: in flight (status null) or answered. `body` never holds a secret. */
export interface IdempotencyRecord {
  fingerprint: string;
  createdAt: number;
  status: number | null;
  body: string | null;
}

export interface IdempotencyRepo {
  /**
   * Reserves the scope for a request made at `createdAt`: true when this caller got it. A conditional
   * insert, so exactly one of several racing callers (on any instance) gets true.
   */
  reserve(scope: IdempotencyScope, fingerprint: string, createdAt: number): Promise<boolean>;
  get(scope: IdempotencyScope): Promise<IdempotencyRecord | undefined>;
  /** Records the answer to the request that reserved the scope at `createdAt`. */
  complete(scope: IdempotencyScope, createdAt: number, status: number, body: string): Promise<void>;
  /** Forgets the row reserved at `createdAt` (a failed request, an expired or abandoned one); never a newer one. */
  release(scope: IdempotencyScope, createdAt: number): Promise<void>;
  /** Deletes rows created before `before`; returns how many. */
  prune(before: number): Promise<number>;
}

/** The resources whose every write moves a counter of their workspace (migration 013). */
export type VersionedResource = 'contacts' | 'keys' | 'users' | 'workspace' | 'audit' | 'notifications';

/** A workspace's counters: each moves in the same transaction as every write of its resource (0: never written). */
export type ResourceVersions = Readonly<Record<VersionedResource, number>>;

export interface VersionRepo {
  /** The workspace's counters, as committed: one indexed read, the same for every instance. */
  get(workspaceId: string): Promise<ResourceVersions>;
  /**
   * In a transaction: the workspace's counters as last committed, its row locked (created if missing) until
   * the transaction ends, so no other write of the workspace commits in between (a write's precondition).
   */
  lock(workspaceId: string): Promise<ResourceVersions>;
}

export interface Repos {
  workspaces: WorkspaceRepo;
  users: UserRepo;
  sessions: SessionRepo;
  contacts: ContactRepo;
  keys: KeyRepo;
  audit: AuditRepo;
  /** Key events, notifications, webhooks and deliveries. */
  notifications: NotificationRepo;
  usage: UsageRepo;
  keyIps: KeyIpRepo;
  idempotency: IdempotencyRepo;
  accounts: AccountRepo;
  protectedApis: ProtectedApiRepo;
  versions: VersionRepo;
}

export interface Store extends Repos {
  /** Runs `fn` in one transaction: everything it writes lands together or not at all. */
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>;
  /** Number of SQL statements executed so far (tests count storage reads with it). */
  readonly queryCount: number;
  /** Which backend this is, for /readyz and logs. */
  readonly dialect: DialectName;
  /**
   * A number that changes whenever another process commits, where the backend can tell (SQLite's
   * data_version, synchronously); undefined on PostgreSQL (see `readAuthVersion`).
   */
  readonly externalChangeVersion?: () => number;
  /**
   * PostgreSQL: reads the `auth_version` counter (migration 006), which moves in the same transaction as
   * every change to keys, users or workspaces, by any writer (this process, another instance, the CLI, psql).
   * Undefined on SQLite, where `externalChangeVersion` answers without a round trip.
   */
  readonly readAuthVersion?: () => Promise<number>;
  /**
   * Moves after every commit made through this store that changes authentication state (keys, users,
   * workspaces), whoever wrote it: readers of derived state compare versions (src/store/change-feed.ts).
   */
  readonly changes: ChangeFeed;
  /** Whether writes currently succeed or are refused for want of space (src/store/storage-errors.ts). */
  readonly writes?: StorageWrites;
  /**
   * SQLite, whose fastest reads may see the writes of a transaction of this store still open (and perhaps
   * about to roll back): how many transactions it has begun, or undefined while one is open. An answer
   * read while this stayed one number saw committed data only. Undefined on PostgreSQL (reads see commits only).
   */
  readonly transactionEpoch?: () => number | undefined;
  ping(): Promise<void>;
  close(): Promise<void>;
}
