import type { Permission } from './users/permissions.js';
import type { ApiKeyRecord, User } from './store/types.js';

/** Who is calling: a signed-in user, or a key acting for its owner with the owner's role as it is now. */
export interface Principal {
  readonly via: 'session' | 'key';
  readonly user: User;
  readonly workspace: { readonly id: string; readonly name: string };
  readonly permissions: ReadonlySet<Permission>;
  readonly key?: ApiKeyRecord;
  readonly ip: string;
  readonly userAgent: string | null;
}

/** Request facts recorded with audit events. */
export interface RequestContext {
  readonly ip: string;
  readonly userAgent: string | null;
}
