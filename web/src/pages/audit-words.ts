import type { AuditEvent } from '../api';
import { capitalize } from '../format';

/** An audit action in words ("key.revoked" → "Key revoked"). */
const ACTION_WORDS: Record<string, string> = {
  'user.login': 'Signed in',
  'user.logout': 'Signed out',
  'user.login_failed': 'Failed sign-in',
  'user.created': 'Member added',
  'user.role_changed': 'Role changed',
  'user.disabled': 'Member disabled',
  'user.enabled': 'Member enabled',
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
};

export const actionWords = (action: string) => ACTION_WORDS[action] ?? action;

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
