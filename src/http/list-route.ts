import type { FastifySchema } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { UserPrincipal } from '../principal.js';
import type { Cursor, Page } from '../store/types.js';
import type { NEEDS } from '../users/permissions.js';
import { type ConditionalContext, type Validated, conditionalGet, conditionalGetSchema } from './conditional.js';
import { listPage } from './present.js';
import { type Component, ref } from './schemas/common.js';
import { type App, apiAuth, type Operation, principalOf } from './types.js';

/** The item type of a page schema (`{ data: Item[], next_cursor }`). */
type ItemOf<P extends TSchema> = Static<P> extends { data: (infer I)[] } ? I : never;

/** The query every paged list accepts: a page size and the cursor of the previous page. */
interface PageQuery {
  limit?: number;
  cursor?: string;
}

export interface ListRoute<Q extends TSchema, P extends TSchema, T> {
  path: string;
  operation: Operation;
  /** The query schema: ListQueryParams, or one that adds the list's filters to it. */
  querystring: Q;
  /** The page schema the 200 answers. */
  page: Component<P>;
  /** The problem responses the route can send. */
  errors: Record<string, unknown>;
  /** The action whose permission the route needs. */
  action: keyof typeof NEEDS;
  /** One page of the caller's items, from the query's filters. */
  list: (principal: UserPrincipal, query: Static<Q>, limit: number, after: Cursor | undefined) => Promise<Page<T>>;
  /** An item as the API answers it. */
  item: (t: T) => ItemOf<P>;
  /** When the list's counters are kept: answered with an ETag, and 304 to a current If-None-Match. */
  conditional?: Validated & { context: ConditionalContext };
}

/**
 * The paged list route: GET `path` with a `limit`/`cursor` query (plus the list's filters), for an API key or a
 * session holding the action's permission, answering `{ data, next_cursor }` (listPage).
 */
export function listRoute<Q extends TSchema, P extends TSchema, T>(app: App, r: ListRoute<Q, P, T>): void {
  // Typed here by ListRoute (the query given to list, the item answered) rather than through the generic schema,
  // which the type provider cannot resolve.
  const c = r.conditional;
  const plain: FastifySchema = { ...r.operation, querystring: r.querystring, response: { 200: ref(r.page), ...r.errors } };
  const schema = c ? conditionalGetSchema(plain) : plain;
  app.get(r.path, { schema, config: apiAuth(r.action) }, async (req, reply) => {
    const query = req.query as Static<Q> & PageQuery;
    const page = () => listPage(query, (limit, after) => r.list(principalOf(req), query, limit, after), r.item);
    return c ? conditionalGet(req, reply, c.context, c, async () => ({ body: await page() })) : page();
  });
}
