import type { Clock } from '../clock.js';
import { fail } from '../errors.js';
import type { Principal, UserPrincipal } from '../principal.js';
import { enforce } from '../users/permissions.js';
import type { NotificationRecord } from '../store/notification-types.js';
import type { Cursor, Store } from '../store/types.js';
import { EMAIL_DEFAULT_OFF, KEY_EVENT_TYPES, isKeyEventType } from './event-types.js';

/** Only users have notifications: the operator (CLI) has none to read. */
function own(p: Principal): UserPrincipal {
  enforce(p, { type: 'notifications.own' });
  return p.via === 'cli' ? fail('not_found', 'The operator has no notifications') : p;
}

/** A user's own in-app notifications and email preferences; never anyone else's (another's id → 404). */
export class NotificationService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, q: { unread?: boolean; limit: number; after?: Cursor }) {
    const p = own(principal);
    const page = await this.store.notifications.listNotifications({ workspaceId: p.workspace.id, userId: p.user.id, ...q });
    return { page, unread: await this.store.notifications.unreadCount(p.workspace.id, p.user.id) };
  }

  async markRead(principal: Principal, id: string): Promise<NotificationRecord> {
    const p = own(principal);
    const n = await this.store.notifications.markRead(p.workspace.id, p.user.id, id, this.clock.now());
    return n ?? fail('not_found', 'No such notification');
  }

  markAllRead(principal: Principal): Promise<number> {
    const p = own(principal);
    return this.store.notifications.markAllRead(p.workspace.id, p.user.id, this.clock.now());
  }

  /** Whether each event type is emailed to this user (explicit choice, else the default). */
  async emailPreferences(principal: Principal): Promise<Record<string, boolean>> {
    const p = own(principal);
    const chosen = await this.store.notifications.emailPreferences(p.user.id);
    return Object.fromEntries(KEY_EVENT_TYPES.map((t) => [t, chosen.get(t) ?? !EMAIL_DEFAULT_OFF.has(t)]));
  }

  async setEmailPreferences(principal: Principal, email: Record<string, boolean>): Promise<Record<string, boolean>> {
    const p = own(principal);
    for (const [type, on] of Object.entries(email)) {
      if (!isKeyEventType(type))
        fail('validation_error', `unknown event type "${type}"`, { errors: [{ path: `/email/${type}`, message: 'unknown event type' }] });
      await this.store.notifications.setEmailPreference(p.user.id, type, on);
    }
    return this.emailPreferences(p);
  }
}
