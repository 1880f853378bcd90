import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import { fail } from '../errors.js';
import type { UserPrincipal } from '../principal.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** The caller of a route whose config requires authentication; the auth hook guarantees it is set. */
export function principalOf(request: FastifyRequest): UserPrincipal {
  return request.principal ?? fail('unauthenticated');
}

/** Standard error responses, listed in every route's OpenAPI entry. */
export const problemResponses = (codes: number[]) => Object.fromEntries(codes.map((c) => [c, { $ref: 'Problem#' }]));
