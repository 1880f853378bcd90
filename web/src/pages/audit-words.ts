import type { AuditAction, AuditEvent } from '../api';
import { capitalize } from '../format';

/**
 * Each audit action in words ("key.revoked" → "Key revoked"), in the order the Action filter suggests them.
 * `Record<AuditAction, …>` (the OpenAPI document's list) fails to compile when the server gains or loses one.
 */
const ACTION_WORDS: Record<AuditAction, string> = {
  'user.login': 'Signed in',
  'user.logout': 'Signed out',
  'user.login_failed': 'Failed sign-in',
  'user.created': 'Member added',
  'user.role_changed': 'Role changed',
  'user.disabled': 'Member disabled',
  'user.enabled': 'Member enabled',
  'user.password_changed': 'Password changed',
  'user.password_reset': 'Password reset',
  'user.sessions_ended': 'Signed out everywhere',
  'user.two_factor_enabled': 'Two-factor sign-in turned on',
  'user.two_factor_disabled': 'Two-factor sign-in turned off',
  'user.recovery_codes_regenerated': 'New recovery codes',
  'user.new_sign_in_address': 'Signed in from a new address',
  'user.email_verified': 'Email address confirmed',
  'key.created': 'Key created',
  'key.renamed': 'Key renamed',
  'key.revoked': 'Key revoked',
  'key.rolled': 'Key rolled',
  'key.expired_use': 'Expired key used',
  'key.revoked_use': 'Revoked key used',
  'key.leaked_revoked': 'Key revoked as leaked',
  'key.new_ip': 'Used from a new address',
  'key.auto_revoked': 'Key revoked after going idle',
  'key.allowed_ips_changed': 'Allowed addresses changed',
  'key.ip_not_allowed': 'Refused from an address not allowed',
  'key.rate_limit_changed': 'Rate limit changed',
  'workspace.updated': 'Workspace settings changed',
  'permissions.changed': 'Custom permissions changed',
  'webhook.created': 'Webhook endpoint added',
  'webhook.updated': 'Webhook endpoint changed',
  'webhook.deleted': 'Webhook endpoint deleted',
  'webhook.secret_rolled': 'Webhook secret rolled',
  'webhook.tested': 'Webhook test sent',
  'webhook.redelivered': 'Webhook delivery resent',
  'protected_api.created': 'Protected API added',
  'protected_api.updated': 'Protected API changed',
  'protected_api.deleted': 'Protected API removed',
};

/** Every audit action, for the Action filter's suggestions. */
export const AUDIT_ACTIONS = Object.keys(ACTION_WORDS) as AuditAction[];

export const actionWords = (action: AuditAction): string => ACTION_WORDS[action] ?? action;

/** One line for the key detail page's activity list. */
export function describeEvent(e: AuditEvent): string {
  const d = e.details;
  const extra =
    e.action === 'key.rolled' && typeof d.grace_seconds === 'number'
      ? ` (old key kept working ${Math.round(d.grace_seconds / 3600)} h)`
      : e.action === 'key.created' && d.rolled_from
        ? ' by a roll'
        : e.action === 'user.role_changed' && typeof d.from === 'string' && typeof d.to === 'string'
          ? `: ${capitalize(d.from)} → ${capitalize(d.to)}`
          : '';
  return `${actionWords(e.action)}${extra}`;
}
