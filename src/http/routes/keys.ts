import type { FastifyRequest } from 'fastify';
import { rfc3339ToMs } from '../../dates.js';
import type { Services } from '../../services.js';
import { PAGE_SIZE, created, decodeCursor, keyJson, listBody } from '../present.js';
import { conditionalGet, conditionalGetSchema, requireMatch, requireMatchSchema } from '../conditional.js';
import type { Action } from '../../users/permissions.js';
import { IdParams, ref } from '../schemas/common.js';
import { ApiKey, ApiKeyPage, ApiKeyWithSecret, KeyCreate, KeyListQuery, KeyPatch, RollBody, RolledKey, RolledKeyReplay } from '../schemas/keys.js';
import type { App } from '../types.js';
import { apiAuth, operations, principalOf, problemResponses } from '../types.js';

const auth = apiAuth('keys.list');

const op = operations('keys', {
  listKeys: {
    summary: "List keys, newest first: one's own (scope=mine) or the workspace's (scope=workspace, keys:admin)",
    description:
      'Never returns a plaintext key or a hash. Filter by status; scope=workspace lists every key of the workspace and needs keys:admin; with it, user_id lists one user’s keys (a service account’s, say).',
  },
  createKey: {
    summary: 'Create a key; the response holds the plaintext key this once',
    description:
      'The plaintext `key` is in this response only: store it now. Give expires_at or expires_in_days (not both) within the workspace maximum; restriction limits the key to some of your permissions; rate_limit needs keys:admin. owner_id names a service account to make the key for (keys:admin; never beyond your own permissions; an owner-role one only by an owner).',
  },
  getKey: { summary: 'Get a key', description: 'One of your keys (any key of the workspace with keys:admin).' },
  updateKey: {
    summary: 'Rename a key; change its rate limit (keys:admin)',
    description: 'Renames a key (1–100 characters after trimming) or changes its rate limit (keys:admin).',
  },
  revokeKey: {
    summary: 'Revoke a key at once (idempotent)',
    description: 'The key stops working at once on every instance; revoking a revoked key changes nothing.',
  },
  rollKey: {
    summary: 'Replace a key: a new key (shown once) and the old one expiring after grace_seconds (default 86400, at most 604800)',
    description:
      'Creates a replacement with the same name, restriction and rate limit (its plaintext shown once) and lets the old key expire after grace_seconds, so deployments can switch without downtime.',
  },
});

/** The problem responses every one of these operations can send. */
const common = problemResponses([400, 401, 403, 404, 409, 429]);

export function keyRoutes(app: App, services: Services): void {
  const { keys } = services;
  // A key shows its owner and revoker (users), its permissions (the workspace's grants) and, unless it has its
  // own, the deployment's rate limits.
  const settings = `${services.config.rateLimitPerMinute}/${services.config.rateLimitPerSecond}`;
  const versioned = (may: Action | Action[]) => ({ may, resources: ['keys', 'users', 'workspace'] as const, settings });
  // One key: one's own (keys:own) or any of the workspace's (keys:admin); the service decides which.
  const own: Action[] = [
    { type: 'keys.list', scope: 'mine' },
    { type: 'keys.list', scope: 'workspace' },
  ];
  const listSchema = conditionalGetSchema({ ...op.listKeys, querystring: KeyListQuery, response: { 200: ref(ApiKeyPage), ...common } });
  app.get('/api/keys', { schema: listSchema, config: auth }, async (req, reply) => {
    const { status, scope = 'mine', user_id: userId, limit = PAGE_SIZE, cursor } = req.query;
    return conditionalGet(req, reply, services, versioned({ type: 'keys.list', scope }), async () => {
      const page = await keys.list(principalOf(req), { scope, status, limit, after: decodeCursor(cursor), userId });
      return { body: listBody(page, keyJson), until: page.changesAt };
    });
  });

  app.post(
    '/api/keys',
    {
      schema: { ...op.createKey, body: KeyCreate, response: { 201: ref(ApiKeyWithSecret), ...common } },
      config: { ...auth, idempotent: { replay: ref(ApiKey), secrets: [['key']] } },
    },
    async (req, reply) => {
      const b = req.body;
      const issued = await keys.create(principalOf(req), {
        name: b.name,
        expiresAt: b.expires_at === undefined ? undefined : rfc3339ToMs(b.expires_at),
        expiresInDays: b.expires_in_days,
        restriction: b.restriction,
        rateLimit: b.rate_limit && { perMinute: b.rate_limit.per_minute, perSecond: b.rate_limit.per_second },
        allowedIps: b.allowed_ips,
        ownerId: b.owner_id,
      });
      reply.header('cache-control', 'no-store');
      return created(reply, '/api/keys', { ...keyJson(issued.view), key: issued.plaintext });
    },
  );

  const item = (id: string) => `/api/keys/${id}`;
  /** A write's If-Match against the key's own GET: the precondition its service holds in the write. */
  const keyMatch = (req: FastifyRequest, id: string) => requireMatch(req, services, versioned(own), item(id));
  app.get(
    '/api/keys/:id',
    { schema: conditionalGetSchema({ ...op.getKey, params: IdParams, response: { 200: ref(ApiKey), ...common } }), config: auth },
    async (req, reply) =>
      conditionalGet(
        req,
        reply,
        services,
        versioned(own),
        async () => {
          const view = await keys.get(principalOf(req), req.params.id);
          return { body: keyJson(view), until: view.changesAt };
        },
        item(req.params.id),
      ),
  );

  app.patch(
    '/api/keys/:id',
    { schema: requireMatchSchema({ ...op.updateKey, params: IdParams, body: KeyPatch, response: { 200: ref(ApiKey), ...common } }), config: auth },
    async (req) => {
      const expected = await keyMatch(req, req.params.id);
      const { name, rate_limit: rl, allowed_ips: allowedIps } = req.body;
      const patch = { name, rateLimit: rl && { perMinute: rl.per_minute, perSecond: rl.per_second }, allowedIps };
      return keyJson(await keys.update(principalOf(req), req.params.id, patch, expected));
    },
  );

  app.post(
    '/api/keys/:id/revoke',
    { schema: requireMatchSchema({ ...op.revokeKey, params: IdParams, response: { 200: ref(ApiKey), ...common } }), config: auth },
    async (req) => {
      const expected = await keyMatch(req, req.params.id);
      return keyJson(await keys.revoke(principalOf(req), req.params.id, expected));
    },
  );

  app.post(
    '/api/keys/:id/roll',
    {
      schema: requireMatchSchema({ ...op.rollKey, params: IdParams, body: RollBody, response: { 201: ref(RolledKey), ...common } }),
      config: { ...auth, emptyBodyAllowed: true, idempotent: { replay: ref(RolledKeyReplay), secrets: [['key', 'key']] } },
    },
    async (req, reply) => {
      const expected = await keyMatch(req, req.params.id);
      const { key, previous } = await keys.roll(principalOf(req), req.params.id, req.body.grace_seconds ?? 86_400, {
        revokeWhenIdleMinutes: req.body.revoke_when_idle_minutes,
        expected,
      });
      reply.header('cache-control', 'no-store');
      return reply
        .code(201)
        .header('location', `/api/keys/${key.view.record.id}`)
        .send({ key: { ...keyJson(key.view), key: key.plaintext }, previous: keyJson(previous) });
    },
  );
}
