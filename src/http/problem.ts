import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERRORS, type ErrorCode, KeywardError } from '../errors.js';
import { StorageFullError, StorageUnavailableError } from '../store/storage-errors.js';
import { IP_OR_CIDR_MESSAGE, IP_OR_CIDR_PATTERN } from './schemas/keys.js';
import { TEXT_FORMAT_MESSAGES, isTextFormat } from './text-format.js';

export const PROBLEM_TYPE = 'application/problem+json';
export const WWW_AUTHENTICATE = 'ApiKey header="X-API-Key"';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  [extra: string]: unknown;
}

export function problem(code: ErrorCode, detail?: string, extra: Record<string, unknown> = {}): Problem {
  const { status, title } = ERRORS[code];
  return { type: `/docs/errors#${code}`, title, status, detail: detail ?? title, code, ...extra };
}

/** Sends a catalog problem. Every 401 carries the `WWW-Authenticate: ApiKey header="X-API-Key"` challenge. */
export function sendProblem(reply: FastifyReply, code: ErrorCode, detail?: string, extra: Record<string, unknown> = {}): FastifyReply {
  const body = problem(code, detail, extra);
  return send(reply, body.status, body);
}

function send(reply: FastifyReply, status: number, body: Problem | string): FastifyReply {
  if (status === 401) reply.header('www-authenticate', WWW_AUTHENTICATE);
  return reply.code(status).type(PROBLEM_TYPE).send(body);
}

/** `Retry-After` in whole seconds, at least 1. */
export function setRetryAfter(reply: FastifyReply, ms: number): void {
  reply.header('retry-after', String(Math.max(1, Math.ceil(ms / 1000))));
}

const serialized = new Map<string, string>();

/**
 * `sendProblem` for the refusals on the authentication path (401s, the two 429s), whose body is fixed by
 * its code and detail: serialised once and sent as text, so a flood of bad keys or a key far over its
 * limit costs no object or serialisation per request. `extra` must follow from `code` and `detail`.
 */
export function sendFixedProblem(reply: FastifyReply, code: ErrorCode, detail: string, extra?: Record<string, unknown>): FastifyReply {
  const cacheKey = `${code}\n${detail}`;
  let json = serialized.get(cacheKey);
  if (json === undefined) {
    json = JSON.stringify(problem(code, detail, extra));
    if (serialized.size >= 1000) serialized.clear();
    serialized.set(cacheKey, json);
  }
  return send(reply, ERRORS[code].status, json);
}

/** Fastify's own client-error codes mapped onto the catalog. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_error',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
};

/** What a write refused for space is told to wait: long enough for an operator to free space. */
export const STORAGE_FULL_RETRY_MS = 30_000;

/** Messages for the formats and patterns the API defines, in place of Ajv's generic "must match". */
function ourMessage(keyword: string, params: unknown): string | undefined {
  const { format, pattern } = (params ?? {}) as { format?: unknown; pattern?: unknown };
  if (keyword === 'format' && isTextFormat(format)) return TEXT_FORMAT_MESSAGES[format];
  if (keyword === 'format' && format === 'date-time') return 'must be an RFC 3339 date-time';
  if (keyword === 'pattern' && pattern === IP_OR_CIDR_PATTERN) return IP_OR_CIDR_MESSAGE;
  if (keyword === 'false schema') return 'is not allowed here';
  return undefined;
}

export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof KeywardError) {
    if (err.code === 'rate_limited' || err.code === 'too_many_failed_attempts') {
      setRetryAfter(reply, Number(err.extra.retryAfterMs ?? 1000));
    }
    const { retryAfterMs: _omit, ...extra } = err.extra;
    return sendProblem(reply, err.code, err.detail, extra);
  }
  if (err.validation) {
    // A failed `then`/`else` is told by the errors inside it; the "must match then schema" beside them says nothing more.
    const told = err.validation.length > 1 ? err.validation.filter((v) => v.keyword !== 'if') : err.validation;
    const errors = told.map((v) => {
      const missing = (v.params as { missingProperty?: string; additionalProperty?: string } | undefined) ?? {};
      const tail = missing.missingProperty ?? missing.additionalProperty;
      const path = `${v.instancePath}${tail ? `/${tail}` : ''}` || '/';
      const message = missing.additionalProperty ? 'is not a known field' : (ourMessage(v.keyword, v.params) ?? v.message ?? 'is not valid');
      return { path, message };
    });
    const where = err.validationContext ?? 'body';
    return sendProblem(reply, 'validation_error', `Invalid ${where}: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, { errors });
  }
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (mapped) return sendProblem(reply, mapped, mapped === 'invalid_json' ? 'The body is not valid JSON' : undefined);
  if (err instanceof StorageFullError) {
    // Logged once per change of state by the store's listener (src/services.ts), not per request.
    setRetryAfter(reply, STORAGE_FULL_RETRY_MS);
    return sendProblem(reply, 'storage_full', 'Storage is full: writes are refused until space is freed; reads still work', { request_id: request.id });
  }
  if (err instanceof StorageUnavailableError) {
    request.log.error({ err: { message: err.message, code: err.code } }, 'storage unavailable');
    return sendProblem(reply, 'storage_unavailable', 'Storage is unavailable; try again shortly', { request_id: request.id });
  }
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return sendProblem(reply, 'validation_error', 'The request is not valid');
  }
  request.log.error({ err }, 'unhandled error');
  return sendProblem(reply, 'internal_error', `Internal error (request id ${request.id})`, { request_id: request.id });
}
