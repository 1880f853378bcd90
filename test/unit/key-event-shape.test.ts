import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { KeyEvents } from '../../src/notifications/key-events.js';
import { webhookBody } from '../../src/notifications/notifier.js';
import type { KeyEventRecord } from '../../src/store/notification-types.js';
import type { ApiKeyRecord, Repos, User } from '../../src/store/types.js';

/**
 * The body stored in `key_events.data` and sent to webhook consumers is a published format of its own:
 * a change to the REST API's key object must not move it. Every field is written out here on purpose.
 */

const AT = Date.UTC(2026, 2, 4, 5, 6, 7, 89);
const DAY = 86_400_000;

// The two users are written out field by field like the key below, not built by a helper: their ids,
// emails and names are what the pinned body copies into `owner` and `revoked_by`.
const member: User = {
  id: 'usr_member',
  workspaceId: 'wsp_1',
  email: 'ada@example.com',
  name: 'Ada',
  role: 'member',
  disabled: false,
  createdAt: AT - 400 * DAY,
};
const admin: User = {
  id: 'usr_admin',
  workspaceId: 'wsp_1',
  email: 'grace@example.com',
  name: 'Grace',
  role: 'admin',
  disabled: false,
  createdAt: AT - 500 * DAY,
};

const key: ApiKeyRecord = {
  id: 'key_abc',
  workspaceId: 'wsp_1',
  userId: member.id,
  keyHash: 'hash-never-published',
  hint: 'kw_live_…wxyz',
  name: 'CRM Integration',
  createdAt: AT - 100 * DAY,
  createdBy: member.id,
  expiresAt: AT + 5 * DAY,
  lastUsedAt: AT - 2 * DAY,
  lastUsedIp: '203.0.113.7',
  revokedAt: AT - 1000,
  revokedBy: admin.id,
  revokedReason: 'revoked',
  restriction: ['contacts:write', 'contacts:read'],
  rateLimit: { perMinute: 120, perSecond: null },
  rolledFrom: 'key_older',
  replacedBy: null,
  allowedIps: ['203.0.113.0/24'],
  revokeWhenIdleMs: null,
};

/** Just enough of a transaction for `KeyEvents.record`: the event row it inserts is kept. */
function fakeTx(users: User[]) {
  const events: KeyEventRecord[] = [];
  const tx = {
    users: { get: async (workspaceId: string, id: string) => users.find((u) => u.workspaceId === workspaceId && u.id === id) },
    // A workspace without custom permissions (the key's permissions are then Keyward's own).
    workspaces: { get: async () => undefined },
    notifications: {
      insertEvent: async (e: KeyEventRecord) => (events.push(e), true),
      addNotification: async () => {},
      addDelivery: async () => {},
      admins: async () => [],
      subscribers: async () => [],
      emailPreferences: async () => new Map(),
    },
  } as unknown as Repos;
  return { tx, events };
}

const keyEvents = () => new KeyEvents(new ManualClock(AT), { emailEnabled: false, defaultRateLimit: { perMinute: 60, perSecond: 10 } });

/** The `key` of the first event below, every field written out. */
const REVOKED_KEY = {
  id: 'key_abc',
  name: 'CRM Integration',
  hint: 'kw_live_…wxyz',
  status: 'revoked',
  flags: [],
  owner: { id: 'usr_member', email: 'ada@example.com', name: 'Ada' },
  created_at: '2025-11-24T05:06:07.089Z',
  created_by: 'usr_member',
  expires_at: '2026-03-09T05:06:07.089Z',
  last_used_at: '2026-03-02T05:06:07.089Z',
  last_used_ip: '203.0.113.7',
  revoked_at: '2026-03-04T05:06:06.089Z',
  revoked_reason: 'revoked',
  revoked_by: { id: 'usr_admin', name: 'Grace' },
  permissions: ['contacts:read', 'contacts:write'],
  restriction: ['contacts:write', 'contacts:read'],
  rate_limit: { per_minute: 120, per_second: 10 },
  rolled_from: 'key_older',
  replaced_by: null,
  allowed_ips: ['203.0.113.0/24'],
};

describe('the stored and webhook body of a key event', () => {
  it('key.revoked: every field of the key, the revoker, and the extra fields', async () => {
    const { tx, events } = fakeTx([member, admin]);
    await keyEvents().record(tx, { type: 'key.revoked', key, extra: { revoked_by: admin.id } });
    expect(events).toHaveLength(1);
    const data = { key: REVOKED_KEY, revoked_by: 'usr_admin' };
    expect(events[0].data).toStrictEqual(data);
    // Key order is part of the bytes a receiver signs and sees.
    expect(JSON.stringify(events[0].data)).toBe(JSON.stringify(data));
    expect(JSON.parse(webhookBody(events[0]))).toStrictEqual({ type: 'key.revoked', timestamp: '2026-03-04T05:06:07.089Z', data });
    expect(webhookBody(events[0])).toBe(JSON.stringify({ type: 'key.revoked', timestamp: '2026-03-04T05:06:07.089Z', data }));
  });

  it('key.leaked_revoked for a key whose owner no longer exists: an empty owner, no permissions, flags of an inactive key', async () => {
    const { tx, events } = fakeTx([]);
    const leaked: ApiKeyRecord = {
      ...key,
      revokedBy: 'usr_gone',
      revokedReason: 'leaked',
      expiresAt: null,
      lastUsedAt: null,
      lastUsedIp: null,
      restriction: null,
      rateLimit: { perMinute: null, perSecond: null },
      rolledFrom: null,
      replacedBy: 'key_next',
      allowedIps: undefined,
    };
    await keyEvents().record(tx, { type: 'key.leaked_revoked', key: leaked });
    // The same object as above (the same field order: a spread keeps it), with what differs written out.
    const data = {
      key: {
        ...REVOKED_KEY,
        flags: ['leaked'],
        owner: { id: 'usr_member', email: '', name: '' },
        expires_at: null,
        last_used_at: null,
        last_used_ip: null,
        revoked_reason: 'leaked',
        revoked_by: { id: 'usr_gone', name: '' },
        permissions: [],
        restriction: null,
        rate_limit: { per_minute: 60, per_second: 10 },
        rolled_from: null,
        replaced_by: 'key_next',
        allowed_ips: null,
      },
    };
    expect(JSON.stringify(events[0].data)).toBe(JSON.stringify(data));
    expect(webhookBody(events[0])).toBe(JSON.stringify({ type: 'key.leaked_revoked', timestamp: '2026-03-04T05:06:07.089Z', data }));
  });
});
