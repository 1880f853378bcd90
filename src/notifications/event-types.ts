import { iso } from '../dates.js';

/** Every event a user, an email or a webhook can hear about. */
export const KEY_EVENT_TYPES = ['key.expiring', 'key.expired', 'key.revoked', 'key.leaked_revoked', 'key.rolled', 'key.new_ip'] as const;
export type KeyEventType = (typeof KEY_EVENT_TYPES)[number];
export const isKeyEventType = (t: string): t is KeyEventType => (KEY_EVENT_TYPES as readonly string[]).includes(t);

/**
 * Security notices about one's own account: in-app and by email, never to webhooks, and not a
 * preference one can turn off (like GitHub's "new sign-in" and "password changed" emails).
 */
export const ACCOUNT_EVENT_TYPES = ['account.password_changed', 'account.new_sign_in'] as const;
export type AccountEventType = (typeof ACCOUNT_EVENT_TYPES)[number];

/** Reminder thresholds before `expires_at`, largest first. */
export const EXPIRY_THRESHOLD_DAYS = [14, 7, 1] as const;

/** Email is on by default for every event but `key.rolled` (the owner rolled it themselves). */
export const EMAIL_DEFAULT_OFF: ReadonlySet<string> = new Set(['key.rolled']);

/** One sentence about an account event (in-app and the email body); what it quotes was measured by the server, never typed by a user. */
export function describeAccount(type: string, extra: Record<string, unknown>): string {
  const when = typeof extra.at === 'string' ? extra.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : '';
  switch (type) {
    case 'account.password_changed':
      return `Your Keyward password was changed on ${when}${extra.ip ? ` from ${String(extra.ip)}` : ''}. If this was not you, ask an admin of your workspace to reset it and sign out everywhere.`;
    case 'account.new_sign_in':
      if (extra.summary)
        return `Your account was signed in to from more new addresses than are announced one by one; no further new-address notices until ${String(extra.quiet_until ?? '')}. Check your sessions in Account settings.`;
      return `Your account was signed in to from a new address (${String(extra.ip ?? '')}) on ${when}. If this was not you, change your password and end that session in Account settings.`;
    default:
      return `Account event ${type}.`;
  }
}

/** What an event names about its key: never the key itself, only its name and display hint. */
export interface KeyBrief {
  id: string;
  name: string;
  hint: string;
  expires_at: string | null;
}

/** Longest key name quoted in a message; a longer one is cut with "…". */
export const QUOTED_NAME_MAX = 60;

/**
 * A key name as data: cut to QUOTED_NAME_MAX characters, in double quotes, with quotes, backslashes and
 * control characters escaped (JSON string syntax). Whoever named the key chose this text, so it is only
 * ever quoted after "named", never the start of a sentence or of an email subject.
 */
export function quoteName(name: string): string {
  const cut = [...name].length > QUOTED_NAME_MAX ? `${[...name].slice(0, QUOTED_NAME_MAX - 1).join('')}…` : name;
  return JSON.stringify(cut).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** One sentence about an event, used by the in-app notification and the email body (never the subject). */
export function describe(type: string, key: KeyBrief, extra: Record<string, unknown>): string {
  const mine = `An API key you named ${quoteName(key.name)} (${key.hint})`;
  const when = key.expires_at ? key.expires_at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : '';
  switch (type) {
    case 'key.expiring': {
      const days = Number(extra.days_left);
      return `${mine} expires in ${days} day${days === 1 ? '' : 's'}, on ${when}. Roll it before then.`;
    }
    case 'key.expired':
      return `${mine} expired on ${when}; requests with it now fail with expired_api_key.`;
    case 'key.revoked':
      return `${mine} was revoked by someone else in your workspace.`;
    case 'key.leaked_revoked':
      return `An API key named ${quoteName(key.name)} (${key.hint}) was reported as leaked and has been revoked.`;
    case 'key.rolled':
      return `${mine} was rolled; the old key expires on ${when}.`;
    case 'key.new_ip':
      if (extra.summary)
        return `${mine} was used from more new addresses than are announced one by one; no further new-address alerts for it until ${String(extra.quiet_until ?? '')}. Check its recent uses.`;
      return `${mine} was used from a new address${extra.ip ? ` (${String(extra.ip)})` : ''}.`;
    case 'webhook.disabled':
      return `A webhook endpoint (${String(extra.url ?? '')}) failed for 3 days and has been disabled.`;
    default:
      return `Event ${type} for an API key named ${quoteName(key.name)} (${key.hint}).`;
  }
}

export const briefOf = (k: { id: string; name: string; hint: string; expiresAt: number | null }): KeyBrief => ({
  id: k.id,
  name: k.name,
  hint: k.hint,
  expires_at: k.expiresAt === null ? null : iso(k.expiresAt),
});
