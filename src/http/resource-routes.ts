import type { FastifyRequest, FastifySchema } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { Expected } from '../preconditions.js';
import type { UserPrincipal } from '../principal.js';
import type { VersionedResource } from '../store/types.js';
import type { Action, NEEDS } from '../users/permissions.js';
import { type ConditionalContext, conditionalGet, conditionalGetSchema, requireMatch, requireMatchSchema } from './conditional.js';
import { created } from './present.js';
import { type Component, IdParams, NoContent, ref } from './schemas/common.js';
import { type App, apiAuth, type Operation, principalOf } from './types.js';

/** One operation of a resource: its OpenAPI entry and the action whose permission it needs. */
interface Step {
  operation: Operation;
  action: keyof typeof NEEDS;
}

/** A create route: POST to the collection, 201 with Location, replayed under its Idempotency-Key. */
export interface CreateRoute<B extends TSchema, T> extends Step {
  /** The collection, e.g. `/api/contacts`; the new item's Location is `<path>/<id>`. */
  path: string;
  body: B;
  /** The item schema the 201 answers (and an idempotent replay repeats). */
  item: Component;
  errors: Record<string, unknown>;
  create: (principal: UserPrincipal, body: Static<B>) => Promise<T>;
  json: (t: T) => { id: string };
}

/**
 * POST `path`: for an API key or a session holding the action's permission, the body checked against `body`,
 * answering 201 with the item and its Location (created()).
 */
export function createRoute<B extends TSchema, T>(app: App, r: CreateRoute<B, T>): void {
  // Typed here by CreateRoute (the body given to create) rather than through the generic schema, which the type
  // provider cannot resolve.
  const schema: FastifySchema = { ...r.operation, body: r.body, response: { 201: ref(r.item), ...r.errors } };
  app.post(r.path, { schema, config: { ...apiAuth(r.action), idempotent: { replay: ref(r.item) } } }, async (req, reply) =>
    created(reply, r.path, r.json(await r.create(principalOf(req), req.body as Static<B>))),
  );
}

/** The routes of one item of a collection: GET, PATCH and DELETE `<path>/:id`. */
export interface ItemRoutes<P extends TSchema, T> {
  /** The collection, e.g. `/api/webhooks`. */
  path: string;
  /** The item schema GET and PATCH answer. */
  item: Component;
  errors: Record<string, unknown>;
  json: (t: T) => unknown;
  get: Step & { run: (principal: UserPrincipal, id: string) => Promise<T> };
  /** `expected`: the precondition of If-Match (`conditional` only), for the service to hold in its write. */
  update: Step & { body: P; run: (principal: UserPrincipal, id: string, patch: Static<P>, expected?: Expected) => Promise<T> };
  /** Answered 204 once done. */
  remove: Step & { run: (principal: UserPrincipal, id: string, expected?: Expected) => Promise<unknown> };
  /**
   * When the resource's counters are kept: GET answers with an ETag (304 to a current If-None-Match);
   * PATCH and DELETE honour If-Match, asking `may` of the step before comparing.
   */
  conditional?: { context: ConditionalContext; resources: readonly VersionedResource[]; may: { get: Action; update: Action; remove: Action } };
}

/** GET, PATCH and DELETE of `<path>/:id`, each for an API key or a session holding its action's permission. */
export function itemRoutes<P extends TSchema, T>(app: App, r: ItemRoutes<P, T>): void {
  const one = `${r.path}/:id`;
  const id = (params: unknown) => (params as { id: string }).id;
  const answers = (status: 200 | 204, body: TSchema) => ({ params: IdParams, response: { [status]: body, ...r.errors } });
  const item = answers(200, ref(r.item));
  const c = r.conditional;
  const target = (req: FastifyRequest) => `${r.path}/${id(req.params)}`;
  const get: FastifySchema = { ...r.get.operation, ...item };
  app.get(one, { schema: c ? conditionalGetSchema(get) : get, config: apiAuth(r.get.action) }, async (req, reply) => {
    const read = async () => r.json(await r.get.run(principalOf(req), id(req.params)));
    if (!c) return read();
    return conditionalGet(req, reply, c.context, { may: c.may.get, resources: c.resources }, async () => ({ body: await read() }), target(req));
  });
  const update: FastifySchema = { ...r.update.operation, params: item.params, body: r.update.body, response: item.response };
  app.patch(one, { schema: c ? requireMatchSchema(update) : update, config: apiAuth(r.update.action) }, async (req) => {
    const expected = c && (await requireMatch(req, c.context, { may: c.may.update, resources: c.resources }, target(req)));
    return r.json(await r.update.run(principalOf(req), id(req.params), req.body as Static<P>, expected));
  });
  const remove: FastifySchema = { ...r.remove.operation, ...answers(204, NoContent) };
  app.delete(one, { schema: c ? requireMatchSchema(remove) : remove, config: apiAuth(r.remove.action) }, async (req, reply) => {
    const expected = c && (await requireMatch(req, c.context, { may: c.may.remove, resources: c.resources }, target(req)));
    await r.remove.run(principalOf(req), id(req.params), expected);
    return reply.code(204).send(null);
  });
}
