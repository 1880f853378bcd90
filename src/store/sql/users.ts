import type { Kysely, Updateable } from 'kysely';
import type { Database, SessionTable } from '../schema.js';
import type { Cursor, Session, SessionRepo, SessionStage, UserRepo, UserWithSecret, WorkspaceRepo } from '../types.js';
import { grantsToText } from '../../users/custom-permissions.js';
import { countOf, num, patchColumns, readPage, toUser, toWorkspace } from './rows.js';

/** Sign-in looks at no more of one person's workspaces than this (each costs a password check). */
export const MAX_WORKSPACES_PER_EMAIL = 20;

const userColumns = ['id', 'workspace_id', 'email', 'name', 'role', 'disabled', 'created_at', 'kind'] as const;

export function workspaceRepo(db: Kysely<Database>): WorkspaceRepo {
  return {
    async create(w) {
      // A record's fields to its table's columns, like every repository's insert (users below, audit events):
      // alike in shape only, each lists the columns of its own table.
      await db
        .insertInto('workspaces')
        .values({
          id: w.id,
          name: w.name,
          created_at: w.createdAt,
          max_key_lifetime_days: w.maxKeyLifetimeDays,
          require_key_expiry: w.requireKeyExpiry ? 1 : 0,
          require_two_factor: w.requireTwoFactor ? 1 : 0,
          custom_permissions: grantsToText(w.customPermissions ?? {}),
        })
        .execute();
    },
    async get(id) {
      const r = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toWorkspace(r);
    },
    async update(id, patch) {
      const values: Updateable<Database['workspaces']> = patchColumns(patch, {
        name: 'name',
        maxKeyLifetimeDays: 'max_key_lifetime_days',
        requireKeyExpiry: (on) => ({ require_key_expiry: on ? 1 : 0 }),
        requireTwoFactor: (on) => ({ require_two_factor: on ? 1 : 0 }),
        customPermissions: (grants) => ({ custom_permissions: grantsToText(grants) }),
      });
      if (Object.keys(values).length === 0) return;
      await db.updateTable('workspaces').set(values).where('id', '=', id).execute();
    },
  };
}

export function userRepo(db: Kysely<Database>): UserRepo {
  return {
    async create(u) {
      await db
        .insertInto('users')
        .values({
          id: u.id,
          workspace_id: u.workspaceId,
          email: u.email,
          name: u.name,
          role: u.role,
          password_hash: u.passwordHash,
          disabled: u.disabled ? 1 : 0,
          created_at: u.createdAt,
          kind: u.kind ?? 'person',
        })
        .execute();
    },
    async get(workspaceId, id) {
      const r = await db.selectFrom('users').select(userColumns).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      return r && toUser(r);
    },
    async findByEmail(email) {
      const rows = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email)
        .where('kind', '=', 'person')
        .orderBy('created_at', 'asc')
        .limit(MAX_WORKSPACES_PER_EMAIL)
        .execute();
      return rows.map((r) => ({ ...toUser(r), passwordHash: r.password_hash }) satisfies UserWithSecret);
    },
    async findInWorkspace(workspaceId, email) {
      const r = await db.selectFrom('users').select(userColumns).where('workspace_id', '=', workspaceId).where('email', '=', email).executeTakeFirst();
      return r && toUser(r);
    },
    async list(workspaceId, limit, after?: Cursor) {
      return readPage(db.selectFrom('users').select(userColumns).where('workspace_id', '=', workspaceId), 'created_at', { limit, after }, toUser);
    },
    async owners() {
      const rows = await db
        .selectFrom('users')
        .select(userColumns)
        .where('role', '=', 'owner')
        .where('disabled', '=', 0)
        .where('kind', '=', 'person')
        .orderBy('created_at', 'asc')
        .execute();
      return rows.map(toUser);
    },
    async update(workspaceId, id, patch) {
      const values: Updateable<Database['users']> = patchColumns(patch, { role: 'role', name: 'name', disabled: (off) => ({ disabled: off ? 1 : 0 }) });
      if (Object.keys(values).length === 0) return;
      await db.updateTable('users').set(values).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    },
    async countAll() {
      return countOf(db.selectFrom('users'));
    },
    async countActiveOwners(workspaceId) {
      return countOf(
        db.selectFrom('users').where('workspace_id', '=', workspaceId).where('role', '=', 'owner').where('disabled', '=', 0).where('kind', '=', 'person'),
      );
    },
  };
}

const toSession = (r: SessionTable): Session => ({
  idHash: r.id_hash,
  userId: r.user_id,
  workspaceId: r.workspace_id,
  csrfToken: r.csrf_token,
  createdAt: num(r.created_at),
  expiresAt: num(r.expires_at),
  stage: r.stage as SessionStage,
  ip: r.ip,
  userAgent: r.user_agent,
  lastSeenAt: r.last_seen_at === null ? null : num(r.last_seen_at),
  reauthAt: r.reauth_at === null ? null : num(r.reauth_at),
});

export function sessionRepo(db: Kysely<Database>): SessionRepo {
  return {
    async create(s) {
      await db
        .insertInto('sessions')
        .values({
          id_hash: s.idHash,
          user_id: s.userId,
          workspace_id: s.workspaceId,
          csrf_token: s.csrfToken,
          created_at: s.createdAt,
          expires_at: s.expiresAt,
          stage: s.stage,
          ip: s.ip,
          user_agent: s.userAgent === null ? null : s.userAgent.slice(0, 300),
          last_seen_at: s.lastSeenAt,
          reauth_at: s.reauthAt,
        })
        .execute();
    },
    async get(idHash) {
      const r = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
      return r && toSession(r);
    },
    async delete(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },
    async deleteForUser(userId) {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },
    async listForUser(userId) {
      const rows = await db.selectFrom('sessions').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').limit(200).execute();
      return rows.map(toSession);
    },
    async deleteOthers(userId, keepIdHash) {
      let q = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (keepIdHash !== null) q = q.where('id_hash', '!=', keepIdHash);
      const r = await q.executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async update(idHash, patch) {
      const values: Partial<SessionTable> = patchColumns(patch, { stage: 'stage', expiresAt: 'expires_at', reauthAt: 'reauth_at', lastSeenAt: 'last_seen_at' });
      if (Object.keys(values).length === 0) return;
      await db.updateTable('sessions').set(values).where('id_hash', '=', idHash).execute();
    },
  };
}
