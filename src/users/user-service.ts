import { AuditedService, type ServiceCore } from '../audited-service.js';
import { type AuditAction, entryBy } from '../audit/audit-service.js';
import { fail, rateLimited } from '../errors.js';
import { newId } from '../ids.js';
import type { Principal, RequestContext } from '../principal.js';
import type { RateLimiter } from '../ratelimit/limiter.js';
import { type Cursor, type Page, type Repos, type Role, type User, type Workspace, isServiceAccount } from '../store/types.js';
import type { AccountMail } from './account-mail.js';
import { hashPassword } from './password.js';
import { enforce, roleRank } from './permissions.js';

export interface NewAccount {
  workspaceName: string;
  email: string;
  name: string;
  password: string;
}

export interface NewUser {
  kind?: 'person';
  email: string;
  name: string;
  password: string;
  role: Role;
}

/** A service account: a name and a role; no email, no password, and it never signs in. */
export interface NewServiceAccount {
  kind: 'service';
  name: string;
  role: Role;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Workspaces and users: first-run setup, sign-up, and the owner/admin rules (an admin never creates,
 * promotes to, demotes or disables an owner; the last owner is never demoted or disabled).
 */
export class UserService extends AuditedService {
  constructor(
    core: ServiceCore,
    private readonly options: { scryptLogN: number; limiter?: RateLimiter; userCreatesPerHour?: number },
  ) {
    super(core);
  }

  /** First run only: creates the first workspace and its owner; 409 once any user exists. */
  async setup(a: NewAccount, ctx: RequestContext | null): Promise<{ user: User; workspace: Workspace }> {
    if ((await this.store.users.countAll()) > 0) fail('already_set_up', 'Keyward already has an owner; sign in instead');
    return this.createWorkspace(a, ctx);
  }

  /**
   * Creates a new workspace with its owner (ALLOW_SIGNUP, checked by the caller). With `verifyBy` (a
   * sign-up while SMTP is configured), the owner's address is confirmed first: the workspace and owner are
   * written only once the SMTP server took the confirmation link, and the owner cannot sign in until it is
   * opened — so an address typed by someone else gets this one email and nothing more.
   */
  async createWorkspace(a: NewAccount, ctx: RequestContext | null, o: { verifyBy?: AccountMail } = {}): Promise<{ user: User; workspace: Workspace }> {
    const now = this.clock.now();
    const workspace: Workspace = {
      id: newId('wks'),
      name: a.workspaceName.trim(),
      createdAt: now,
      maxKeyLifetimeDays: 366,
      requireKeyExpiry: false,
    };
    const passwordHash = await hashPassword(a.password, this.options.scryptLogN);
    const user: User = {
      id: newId('usr'),
      workspaceId: workspace.id,
      email: normaliseEmail(a.email),
      name: a.name.trim(),
      role: 'owner',
      disabled: false,
      createdAt: now,
      kind: 'person',
    };
    const write = async (tx: Repos) => {
      await tx.workspaces.create(workspace);
      await tx.users.create({ ...user, passwordHash });
      if (o.verifyBy) await tx.accounts.setEmailVerified(user.id, false);
      await this.audit.record(tx, {
        workspaceId: workspace.id,
        action: 'user.created',
        actor: { actorType: ctx ? 'anonymous' : 'system', actorId: null },
        target: { type: 'user', id: user.id },
        context: ctx,
        details: { role: 'owner', email: user.email, setup: true, ...(o.verifyBy ? { email_verified: false } : {}) },
      });
    };
    if (o.verifyBy) await o.verifyBy.sendLink(user, 'email_verification', { alsoDo: write });
    else await this.store.transaction(write);
    return { user, workspace };
  }

  /**
   * Adds a person (with a password they are told out of band) or a service account (no email, no
   * password; its keys are created by owners and admins). Role rules are the same for both.
   */
  async create(p: Principal, input: NewUser | NewServiceAccount): Promise<User> {
    enforce(p, { type: 'user.create', role: input.role });
    const service = input.kind === 'service';
    const email = service ? null : normaliseEmail(input.email);
    const user: User = {
      id: newId('usr'),
      workspaceId: p.workspace.id,
      email,
      name: input.name.trim(),
      role: input.role,
      disabled: false,
      createdAt: this.clock.now(),
      kind: service ? 'service' : 'person',
    };
    await this.limitCreations(p);
    // Hashed before the duplicate check, so a taken email (in this workspace) costs the same time.
    const passwordHash = service ? null : await hashPassword(input.password, this.options.scryptLogN);
    await this.store.transaction(async (tx) => {
      if (email !== null && (await tx.users.findInWorkspace(p.workspace.id, email)))
        fail('email_taken', 'A user with this email already exists in this workspace');
      await tx.users.create({ ...user, passwordHash });
      const details = service ? { role: user.role, kind: 'service', name: user.name } : { role: user.role, email };
      await this.audit.record(tx, entryBy(p, 'user.created', { type: 'user', id: user.id }, details));
    });
    return user;
  }

  list(p: Principal, limit: number, after?: Cursor): Promise<Page<User>> {
    enforce(p, { type: 'users.list' });
    return this.store.users.list(p.workspace.id, limit, after);
  }

  async get(p: Principal, id: string): Promise<User> {
    enforce(p, { type: 'users.read' });
    return (await this.store.users.get(p.workspace.id, id)) ?? fail('not_found', 'No such user');
  }

  /** Changes role, name and/or disabled. Only an owner changes an owner; the last active owner stays an owner. */
  async update(p: Principal, id: string, patch: { role?: Role; disabled?: boolean; name?: string }): Promise<User> {
    enforce(p, { type: 'users.update' });
    return this.store.transaction(async (tx) => {
      const target = (await tx.users.get(p.workspace.id, id)) ?? fail('not_found', 'No such user');
      enforce(p, { type: 'user.update', target, role: patch.role });
      // The last owner who can sign in: a service account never counts as one.
      const lastOwnerAtStake = target.role === 'owner' && !isServiceAccount(target);
      const demotes = lastOwnerAtStake && patch.role !== undefined && patch.role !== 'owner';
      const disables = lastOwnerAtStake && patch.disabled === true && !target.disabled;
      if ((demotes || disables) && (await tx.users.countActiveOwners(p.workspace.id)) <= 1) {
        fail('last_owner', 'The last owner cannot be demoted or disabled; make another owner first');
      }
      await tx.users.update(p.workspace.id, id, patch);
      const changedBy = (action: AuditAction, details?: Record<string, unknown>) => this.audit.record(tx, entryBy(p, action, { type: 'user', id }, details));
      if (patch.role !== undefined && patch.role !== target.role) {
        // Who, as they were then, so the log reads "changed Mo's role from member to admin" after a rename or removal.
        const details = { from: target.role, to: patch.role, promoted: roleRank(patch.role) > roleRank(target.role), name: target.name, email: target.email };
        await changedBy('user.role_changed', details);
      }
      if (patch.disabled !== undefined && patch.disabled !== target.disabled) {
        await changedBy(patch.disabled ? 'user.disabled' : 'user.enabled');
        if (patch.disabled) await tx.sessions.deleteForUser(id);
      }
      return { ...target, ...patch, name: patch.name?.trim() ?? target.name };
    });
  }

  /** At most `userCreatesPerHour` new users per workspace, whoever adds them (a bound on bulk probing). */
  private async limitCreations(p: Principal): Promise<void> {
    const { limiter, userCreatesPerHour } = this.options;
    if (!limiter || p.via === 'cli') return;
    const d = await limiter.hit(`users:create:${p.workspace.id}`, [{ name: 'user_create', limit: userCreatesPerHour ?? 100, windowMs: 3_600_000 }]);
    if (!d.allowed) rateLimited('user_create', 'Too many users added to this workspace in the last hour; try again later', d.retryAfterMs);
  }
}
