import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import { fail } from '../errors.js';
import type { UserPrincipal } from '../principal.js';
import { NEEDS } from '../users/permissions.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** The caller of a route whose config requires authentication; the auth hook guarantees it is set. */
export function principalOf(request: FastifyRequest): UserPrincipal {
  return request.principal ?? fail('unauthenticated');
}

/** The config of a route an API key or a session may call, documenting the permission `action` needs (NEEDS). */
export const apiAuth = (action: keyof typeof NEEDS) => ({ auth: 'api', permission: NEEDS[action] }) as const;

/** Standard error responses, listed in every route's OpenAPI entry. */
export const problemResponses = (codes: number[]) => Object.fromEntries(codes.map((c) => [c, { $ref: 'Problem#' }]));

/** What a route's OpenAPI entry starts with: its tag, operationId, summary and (when it has one) description. */
export interface Operation {
  tags: string[];
  operationId: string;
  summary: string;
  description?: string;
}

/**
 * A resource's operations, by operationId, all under one tag: the prose of its OpenAPI entries in one table
 * (a summary, or a summary and a description), which each route's schema spreads
 * (`schema: { ...op.listContacts, querystring: …, response: … }`).
 */
export function operations<K extends string>(tag: string, docs: Record<K, string | { summary: string; description?: string }>): Record<K, Operation> {
  const entries = Object.entries<string | { summary: string; description?: string }>(docs);
  return Object.fromEntries(
    entries.map(([operationId, d]) => [operationId, { tags: [tag], operationId, ...(typeof d === 'string' ? { summary: d } : d) }]),
  ) as Record<K, Operation>;
}
