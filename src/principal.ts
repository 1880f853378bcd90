import type { ApiKeyRecord, User, WorkspaceRef } from './store/types.js';
import type { Permission } from './users/permissions.js';

/** What every caller carries: the workspace it acts in, what it may do, and where it came from. */
interface PrincipalBase {
  /** With its custom permissions' grants: what the caller's and its keys' roles hold there. */
  readonly workspace: Readonly<WorkspaceRef>;
  /** Effective permissions at this moment (a key: owner's role now ∩ restriction). */
  readonly permissions: ReadonlySet<Permission>;
  readonly ip: string;
  readonly userAgent: string | null;
}

/** A signed-in user, or a key acting for its owner with the owner's role as it is now. */
export interface UserPrincipal extends PrincipalBase {
  readonly via: 'session' | 'key';
  readonly user: User;
  /** Set exactly when `via` is 'key'. */
  readonly key?: ApiKeyRecord;
  /**
   * Set when `via` is 'session': which session (its stored hash), and whether it proved its user (password
   * or TOTP) within the re-authentication window, which sensitive actions need.
   */
  readonly session?: { readonly idHash: string; readonly recentAuth: boolean };
}

/**
 * The operator at the console (`keyward …`): whoever can run the CLI can read the database, so it holds
 * every permission in the workspace it acts on, but it is nobody's user: it owns no keys and is audited
 * as itself (`operator:<name>`), never as a borrowed owner session.
 */
export interface OperatorPrincipal extends PrincipalBase {
  readonly via: 'cli';
  readonly operator: string;
  readonly user?: undefined;
  readonly key?: undefined;
}

/** Who is calling. Every service method takes one and asks `authorize` (src/users/permissions.ts). */
export type Principal = UserPrincipal | OperatorPrincipal;

/** Request facts recorded with audit events. */
export interface RequestContext {
  readonly ip: string;
  readonly userAgent: string | null;
}
