import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { type IdempotencyBegin, type IdempotencyService, fingerprint, principalScope } from '../idempotency/idempotency-service.js';
import { sendProblem } from './problem.js';
import { principalOf } from './types.js';

/** What a creating route says about retries: the schema of its replayed answer, and where its secrets are. */
export interface IdempotentRoute {
  /** The 200 a replay answers with: the created object as the 201 gave it, without any secret. */
  readonly replay: TSchema;
  /** Paths of the 201 body's secrets (`[['key']]`, `[['key', 'key']]`): never stored, never replayed. */
  readonly secrets?: readonly (readonly string[])[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Idempotency-Key is honoured: first answers kept 24 hours and replayed. */
    idempotent?: IdempotentRoute;
  }
  interface FastifyRequest {
    idempotency: Extract<IdempotencyBegin, { kind: 'proceed' }> | null;
  }
}

/** draft-ietf-httpapi-idempotency-key-header: a Structured Field string; the quotes are optional here. */
const KEY_HEADER = Type.String({
  minLength: 1,
  maxLength: 257,
  pattern: '^"?[\\x21\\x23-\\x7e]{1,255}"?$',
  description:
    'Makes the create safe to retry: the same key with the same request within 24 hours replays the first answer (200, `Idempotent-Replayed: true`) instead of creating again; with another request, 422. Printable ASCII, at most 255 characters (e.g. a UUID), optionally quoted.',
});
const REPLAYED_HEADER = { type: 'string', enum: ['true'], description: 'This answer replays the one given to the first request with this Idempotency-Key' };

/** Adds the header, the replay and the two refusals to a route's schema (OpenAPI and validation). */
function document(route: RouteOptions, idem: IdempotentRoute): void {
  const schema = (route.schema ??= {}) as { headers?: { properties?: Record<string, TSchema> }; response?: Record<string, unknown> };
  // Beside the headers the route declares itself (If-Match on a roll).
  schema.headers = Type.Object({ ...schema.headers?.properties, 'idempotency-key': Type.Optional(KEY_HEADER) });
  schema.response = {
    ...schema.response,
    200: {
      ...idem.replay,
      description: 'A replay (Idempotency-Key): the object the first request created, without its secret',
      headers: { 'Idempotent-Replayed': REPLAYED_HEADER },
    },
    409: { $ref: 'Problem#' },
    422: { $ref: 'Problem#' },
  };
}

function withoutSecrets(body: unknown, secrets: readonly (readonly string[])[] = []): unknown {
  const copy = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  for (const path of secrets) {
    let at: unknown = copy;
    for (const step of path.slice(0, -1)) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[step] : undefined;
    if (at !== null && typeof at === 'object') delete (at as Record<string, unknown>)[path[path.length - 1]];
  }
  return copy;
}

const unquote = (raw: string) => (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw);

/**
 * Binds Idempotency-Key handling to each route whose config says `idempotent`: before the handler, the
 * key is reserved, replayed or refused (IdempotencyService decides); after it, a success is kept without
 * its secrets and a failure frees the key for a retry.
 */
export function idempotencyHooksFor(service: IdempotencyService) {
  async function before(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const raw = req.headers['idempotency-key'];
    if (typeof raw !== 'string') return undefined;
    const path = req.url.split('?')[0];
    const begun = await service.begin(principalScope(principalOf(req), unquote(raw)), fingerprint(req.method, path, req.body ?? null));
    switch (begun.kind) {
      case 'proceed':
        req.idempotency = begun;
        return undefined;
      case 'replay':
        return reply.code(200).header('idempotent-replayed', 'true').send(JSON.parse(begun.body));
      case 'mismatch':
        return sendProblem(
          reply,
          'idempotency_key_reused',
          'This Idempotency-Key was used with a different request in the last 24 hours; use a new key for a new request',
        );
      case 'in_progress':
        reply.header('retry-after', '1');
        return sendProblem(reply, 'idempotency_key_in_use', 'The first request with this Idempotency-Key is still being answered; retry shortly');
    }
  }

  function after(idem: IdempotentRoute) {
    return async (req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> => {
      const begun = req.idempotency;
      if (begun === null) return payload;
      req.idempotency = null;
      if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
        await service.complete(begun, reply.statusCode, JSON.stringify(withoutSecrets(JSON.parse(payload), idem.secrets)));
      } else {
        await service.release(begun);
      }
      return payload;
    };
  }

  return (route: RouteOptions): void => {
    const idem = route.config?.idempotent;
    if (!idem) return;
    document(route, idem);
    route.preHandler = [...hookList(route.preHandler), before];
    route.onSend = [...hookList(route.onSend), after(idem)];
  };
}

const hookList = <T>(h: T | T[] | undefined): T[] => (h === undefined ? [] : Array.isArray(h) ? h : [h]);
