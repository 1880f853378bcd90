import { Type } from 'typebox';
import { ERROR_CODES, RATE_LIMITS } from '../../errors.js';
import { component, literals, ref } from './common.js';
import { Permission } from './users.js';

export const ErrorCode = component('ErrorCode', literals(ERROR_CODES, { description: 'The problem code; each is explained at /docs/errors#<code>' }));
export const RateLimitName = component(
  'RateLimitName',
  literals(Object.keys(RATE_LIMITS) as (keyof typeof RATE_LIMITS)[], {
    description: "A rate limit: minute and second are the API key's own; the others protect public routes and workspaces (docs/errors.md)",
  }),
);

export const Problem = component(
  'Problem',
  Type.Object(
    {
      type: Type.String({ format: 'uri-reference', description: 'A page explaining the code: /docs/errors#<code>' }),
      title: Type.String(),
      status: Type.Integer({ minimum: 400, maximum: 599 }),
      detail: Type.String(),
      code: ref(ErrorCode),
      errors: Type.Optional(
        Type.Array(Type.Object({ path: Type.String(), message: Type.String() }), { description: 'validation_error: what is wrong, per field (JSON Pointer)' }),
      ),
      missing_permission: Type.Optional(ref(Permission)),
      limit: Type.Optional(ref(RateLimitName, { description: 'rate_limited: the limit reached' })),
      request_id: Type.Optional(Type.String({ description: 'internal_error, storage_unavailable, storage_full: the id to find in the server log' })),
    },
    {
      additionalProperties: true,
      description: 'RFC 9457 problem details',
      examples: [
        {
          type: '/docs/errors#revoked_api_key',
          title: 'The API key has been revoked',
          status: 401,
          detail: 'The API key has been revoked; create a new one in Settings → API Keys',
          code: 'revoked_api_key',
        },
      ],
    },
  ),
);

export const components = [ErrorCode, RateLimitName, Problem];
