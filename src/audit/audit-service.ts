import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import type { Principal, RequestContext } from '../principal.js';
import type { AuditEvent, AuditQuery, Page, Repos, Store } from '../store/types.js';
import { enforce } from '../users/permissions.js';

export const AUDIT_ACTIONS = [
  'user.login',
  'user.logout',
  'user.login_failed',
  'user.created',
  'user.role_changed',
  'user.disabled',
  'user.enabled',
  'user.password_changed',
  'user.password_reset',
  'user.sessions_ended',
  'user.two_factor_enabled',
  'user.two_factor_disabled',
  'user.recovery_codes_regenerated',
  'user.new_sign_in_address',
  'user.email_verified',
  'key.created',
  'key.renamed',
  'key.rate_limit_changed',
  'key.allowed_ips_changed',
  'key.auto_revoked',
  'key.new_ip',
  'key.ip_not_allowed',
  'key.revoked',
  'key.rolled',
  'key.expired_use',
  'key.revoked_use',
  'key.leaked_revoked',
  'workspace.updated',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret_rolled',
  'webhook.tested',
  'webhook.redelivered',
  'protected_api.created',
  'protected_api.updated',
  'protected_api.deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  workspaceId: string;
  action: AuditAction;
  actor: Pick<AuditEvent, 'actorType' | 'actorId'>;
  target?: { type: string; id: string };
  context: RequestContext | null;
  details?: Record<string, unknown>;
}

/** Who an event is recorded against: the key that acted, the signed-in user, or the console operator. */
export function actorOf(p: Principal): Pick<AuditEvent, 'actorType' | 'actorId'> {
  if (p.via === 'cli') return { actorType: 'operator', actorId: `operator:${p.operator}`.slice(0, 40) };
  return p.via === 'key' && p.key ? { actorType: 'key', actorId: p.key.id } : { actorType: 'user', actorId: p.user.id };
}

/** What `p` did to `target`, in the workspace it acts in. */
export function entryBy(p: Principal, action: AuditAction, target: { type: string; id: string }, details?: Record<string, unknown>): AuditEntry {
  return { workspaceId: p.workspace.id, action, actor: actorOf(p), target, context: p, details };
}

/** Something a user did to their own account without a principal yet (or any more): signing in or out, an emailed link. */
export function entryOfOwn(
  user: { id: string; workspaceId: string },
  action: AuditAction,
  context: RequestContext | null,
  details?: Record<string, unknown>,
): AuditEntry {
  return { workspaceId: user.workspaceId, action, actor: { actorType: 'user', actorId: user.id }, target: { type: 'user', id: user.id }, context, details };
}

/** An event about a key, in its workspace, naming it as it was then: its name and hint lead the details. */
export function keyEntry(
  k: { id: string; workspaceId: string; name: string; hint: string },
  action: AuditAction,
  actor: AuditEntry['actor'],
  context: RequestContext | null,
  details?: Record<string, unknown>,
): AuditEntry {
  return { workspaceId: k.workspaceId, action, actor, target: { type: 'key', id: k.id }, context, details: { name: k.name, hint: k.hint, ...details } };
}

/** Writes audit events; callers pass the transaction of the change being recorded, so both land or neither. */
export class AuditService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    /** Runs in the same transaction after each event: where key events (the notifications outbox) are written. */
    private readonly afterRecord?: (tx: Repos, e: AuditEntry) => Promise<void>,
  ) {}

  async record(tx: Repos, e: AuditEntry): Promise<void> {
    await tx.audit.append({
      id: newId('evt'),
      workspaceId: e.workspaceId,
      at: this.clock.now(),
      action: e.action,
      actorType: e.actor.actorType,
      actorId: e.actor.actorId,
      targetType: e.target?.type ?? null,
      targetId: e.target?.id ?? null,
      ip: e.context?.ip ?? null,
      userAgent: e.context?.userAgent?.slice(0, 500) ?? null,
      details: e.details ?? {},
    });
    if (this.afterRecord) await this.afterRecord(tx, e);
  }

  /** The caller's workspace's log (audit:read). */
  list(p: Principal, q: Omit<AuditQuery, 'workspaceId'>): Promise<Page<AuditEvent>> {
    enforce(p, { type: 'audit.read' });
    return this.store.audit.list({ ...q, workspaceId: p.workspace.id });
  }
}
