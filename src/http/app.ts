import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { SwaggerOptions } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import Fastify, { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import type { Logger } from 'pino';
import { parseRfc3339 } from '../dates.js';
import { lazyChildLogger, scrubUrl } from '../logger.js';
import { accessLogHook } from './access-log.js';
import { outcomeOf } from '../usage/usage-counter.js';
import { buildAuthHook } from './auth-hook.js';
import { DOCS_PREFIX, declareAuthMode } from './closed-by-default.js';
import { securityHeaders } from './security-headers.js';
import type { HelmetOptions } from 'helmet';
import { buildSerializerFactory } from './serializer.js';
import { clientErrorHandler } from './client-error.js';
import type { Services } from '../services.js';
import { drainConnections } from './drain.js';
import { Metrics } from './metrics.js';
import { errorPageRoutes } from './error-pages.js';
import { openApi } from './openapi.js';
import { COMPONENTS } from './schemas/index.js';
import { errorHandler, sendProblem } from './problem.js';
import { accountRoutes } from './routes/account.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { contactRoutes } from './routes/contacts.js';
import { keyRoutes } from './routes/keys.js';
import { leakedKeyRoutes } from './routes/leaked.js';
import { meRoutes } from './routes/me.js';
import { notificationRoutes } from './routes/notifications.js';
import { opsRoutes } from './routes/ops.js';
import { usageRoutes } from './routes/usage.js';
import { userRoutes } from './routes/users.js';
import { webhookRoutes } from './routes/webhooks.js';
import { workspaceRoutes } from './routes/workspace.js';
import { permissionRoutes } from './routes/permissions.js';
import { forwardAuthRoutes } from './routes/forward-auth.js';
import { protectedApiRoutes } from './routes/protected-apis.js';
import { verifyRoutes } from './routes/verify.js';
import { idempotencyHooksFor } from './idempotency.js';
import { TEXT_FORMATS } from './text-format.js';
import type { App } from './types.js';
import { VERSION } from '../version.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * Two validators: bodies are validated strictly (no type coercion, unknown fields rejected rather than
 * silently removed); query strings and params coerce, since every value arrives as text. Each schema is
 * compiled by the first request that needs it, not at start (bench/RESULTS.md, "Cold start").
 */
function validators(components: readonly object[]) {
  const base = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false } as const;
  const body = strictDates(addFormats(new Ajv({ ...base, schemas: [...components], coerceTypes: false })));
  const query = strictDates(addFormats(new Ajv({ ...base, schemas: [...components], coerceTypes: 'array' })));
  return ({ schema, httpPart }: { schema: object; httpPart?: string }) => {
    let compiled: ValidateFunction | undefined;
    const validate = Object.assign(
      (data: unknown) => {
        compiled ??= (httpPart === 'body' ? body : query).compile(schema);
        const valid = compiled(data);
        validate.errors = compiled.errors;
        return valid;
      },
      { errors: null as ValidateFunction['errors'] },
    );
    return validate;
  };
}

/**
 * `date-time` means strict RFC 3339 everywhere (a leap second or an impossible date is a 400); `text` and
 * `multiline-text` refuse control characters (text-format.ts).
 */
const strictDates = (ajv: Ajv) => {
  ajv.addFormat('date-time', { type: 'string', validate: (s: string) => parseRfc3339(s) !== undefined });
  for (const [name, allowed] of Object.entries(TEXT_FORMATS)) ajv.addFormat(name, { type: 'string', validate: (s: string) => allowed.test(s) });
  return ajv;
};

const hookList = <T>(h: T | T[] | undefined): T[] => (h === undefined ? [] : Array.isArray(h) ? h : [h]);

async function emptyBodyAsObject(req: FastifyRequest): Promise<void> {
  if (req.body === undefined && req.method === 'POST') req.body = {};
}

/** OpenAPI: every 2xx of a key-authenticated route may carry `Keyward-Key-Expires`. */
const KEY_EXPIRES_HEADER = {
  type: 'string',
  format: 'date-time',
  description: 'Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then.',
};

function documentKeyExpiresHeader(schema: { response?: unknown } | undefined): void {
  const responses = schema?.response as Record<string, Record<string, unknown>> | undefined;
  if (!responses) return;
  for (const [code, r] of Object.entries(responses)) {
    if (!/^2/.test(code) || typeof r !== 'object' || r === null) continue;
    // Copied, never changed in place: response schemas are shared between routes.
    responses[code] = { ...r, headers: { ...(r.headers as object | undefined), 'Keyward-Key-Expires': KEY_EXPIRES_HEADER } };
  }
}

export interface BuildOptions {
  logger: Logger;
  /** Directory of the built web app; served at / when present. */
  webDir?: string;
}

/** The HTTP app: each step below is one concern, in the order Fastify needs them (hooks before routes). */
export async function buildApp(deps: Services, options: BuildOptions): Promise<{ app: App; metrics: Metrics }> {
  const app = createFastify(deps, options.logger);
  const metrics = new Metrics();
  const webDir = options.webDir && existsSync(options.webDir) ? options.webDir : undefined;
  validateWithOurAjv(app);
  const docs = openApi(app, { version: VERSION });
  answerUnknownRoutes(app, docs, options.webDir);
  parseJsonBodies(app);
  bindPerRouteHooks(app, deps, metrics, webDir);
  declareRequestState(app);
  logAccess(app, deps, options.logger);
  securityHeaders(app, SECURITY_HEADER_OPTIONS);
  await serveApiDocs(app, docs);
  await allowCorsOnApi(app, deps);
  app.addHook('preClose', () => drainConnections(app.server));
  await registerRoutes(app, deps, metrics);
  if (webDir) await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: ['index.html'] });
  return { app, metrics };
}

function createFastify({ config }: Services, logger: Logger): App {
  return Fastify({
    loggerInstance: logger,
    // Fastify's own two lines per request are replaced by one access line (access-log.ts).
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: lazyChildLogger,
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy === false ? false : [...config.trustProxy],
    requestIdHeader: false,
    // While closing, requests on open connections are still answered (with Connection: close): see drain.ts.
    return503OnClosing: false,
    clientErrorHandler,
    schemaController: { compilersFactory: { buildSerializer: buildSerializerFactory() } },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;
}

/** Request validation by the app's own Ajv instances (the named components included); failures become problems. */
function validateWithOurAjv(app: App): void {
  app.setValidatorCompiler(validators(COMPONENTS));
  app.setErrorHandler(errorHandler);
}

/**
 * No route: a known path with another method is 405 with the methods it is served with (RFC 9110
 * §15.5.6); a page of the web app gets its index.html; anything else is 404.
 */
function answerUnknownRoutes(app: App, docs: { allowedMethods: (path: string) => string[] | undefined }, webDir: string | undefined): void {
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    const allowed = docs.allowedMethods(path);
    if (allowed) {
      reply.header('allow', allowed.join(', '));
      return sendProblem(reply, 'method_not_allowed', `${req.method} is not allowed here; use ${allowed.join(', ')}`);
    }
    const webIndex = webDir && join(webDir, 'index.html');
    if (req.method === 'GET' && webIndex && !req.url.startsWith('/api/') && existsSync(webIndex)) {
      return reply.type('text/html').sendFile('index.html');
    }
    // Scrubbed: a key pasted into a URL must not come back in an error message, log line or metric.
    return sendProblem(reply, 'not_found', `No route ${req.method} ${scrubUrl(req.url.split('?')[0]).slice(0, 200)}`);
  });
}

/** JSON only (no text/plain); an empty JSON body means "no body" (clients often send the header on a bodyless POST such as revoke). */
function parseJsonBodies(app: App): void {
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) =>
    body === '' ? done(null, undefined) : parseJson(req, body as string, done),
  );
}

/** Per-route hooks, bound to each route's config as it is registered (before any route is). */
function bindPerRouteHooks(app: App, deps: Services, metrics: Metrics, webDir: string | undefined): void {
  const authHookFor = buildAuthHook(deps, metrics);
  const bindIdempotency = idempotencyHooksFor(deps.idempotency);
  const countKeyUsage = keyUsageCounter(deps);
  const publicPlugins = { docsPrefix: DOCS_PREFIX, webDir };
  app.addHook('onRoute', (route) => {
    declareAuthMode(route, publicPlugins);
    bindIdempotency(route);
    const auth = authHookFor(route.config);
    if (auth) route.onRequest = [...hookList(route.onRequest), auth];
    if (route.config?.auth === 'api') documentKeyExpiresHeader(route.schema);
    if (route.config?.auth === 'api') route.onResponse = [...hookList(route.onResponse), countKeyUsage];
    // A bodyless POST to a route whose body is all optional (roll) is the same as `{}`.
    if (route.config?.emptyBodyAllowed) route.preValidation = [...hookList(route.preValidation), emptyBodyAsObject];
    if (route.method === 'GET' && (route.url === DOCS_PREFIX || route.url === `${DOCS_PREFIX}/`)) route.onSend = [...hookList(route.onSend), withViewport];
  });
}

/** Per-key usage by final status: one Map increment after the answer is sent. */
function keyUsageCounter({ usageCounter }: Services) {
  return (req: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const k = req.usageKey;
    if (k !== null) usageCounter.count(k.id, k.workspaceId, outcomeOf(reply.statusCode));
    done();
  };
}

function declareRequestState(app: App): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('usageKey', null);
  app.decorateRequest('idempotency', null);
}

function logAccess(app: App, { config }: Services, logger: Logger): void {
  const hook = accessLogHook(logger, config.accessLog);
  if (hook) app.addHook('onResponse', hook);
}

/** Helmet's options for every response (security-headers.ts): a strict CSP, and no HSTS. */
export const SECURITY_HEADER_OPTIONS = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  hsts: false,
} as const satisfies HelmetOptions;

/** The Keyward mark shown in the docs' top bar in place of the plugin's own logo. */
const DOCS_LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"><text x="0" y="28" font-family="sans-serif" font-size="22" font-weight="700" fill="#fff">Keyward API</text></svg>',
);

/**
 * /openapi.json and /docs. Swagger UI's bundle injects a <style> element at runtime, so /docs allows inline
 * styles (as the app's own CSP does) and nothing else inline; no validator badge is fetched from outside.
 */
async function serveApiDocs(app: App, docs: { swagger: SwaggerOptions }): Promise<void> {
  await app.register(swagger, docs.swagger);
  await app.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    uiConfig: { validatorUrl: null },
    theme: { title: 'Keyward API' },
    logo: { type: 'image/svg+xml', content: DOCS_LOGO, href: DOCS_PREFIX, target: '_self' },
    staticCSP:
      "default-src 'self'; base-uri 'self'; font-src 'self' data:; frame-ancestors 'none'; img-src 'self' data:; object-src 'none'; " +
      "script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; connect-src 'self'",
  });
  app.get('/openapi.json', { schema: { hide: true }, config: { auth: 'none' } }, async () => app.swagger());
}

/** Swagger UI's page has no viewport meta tag: without one, phones render it at desktop width. */
async function withViewport(_req: FastifyRequest, _reply: FastifyReply, payload: unknown): Promise<unknown> {
  return typeof payload === 'string'
    ? payload.replace('<meta charset="UTF-8">', '<meta charset="UTF-8">\n      <meta name="viewport" content="width=device-width, initial-scale=1">')
    : payload;
}

/**
 * CORS_ORIGINS: off unless origins are configured; then only those origins, only on /api/* (never on
 * /auth/*, the docs or the web app), and never with cookies.
 */
async function allowCorsOnApi(app: App, { config }: Services): Promise<void> {
  if (config.corsOrigins.length === 0) return;
  const origins = [...config.corsOrigins];
  const options = {
    credentials: false,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['X-API-Key', 'Authorization', 'Content-Type', 'Idempotency-Key'],
    exposedHeaders: [
      'RateLimit',
      'RateLimit-Policy',
      'Retry-After',
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Reset',
      'Keyward-Key-Expires',
      'Idempotent-Replayed',
      'Location',
    ],
  };
  await app.register(cors, {
    hook: 'onRequest',
    delegator: (req: FastifyRequest, done: (err: Error | null, o: object) => void) =>
      done(null, { ...options, origin: req.url.startsWith('/api/') ? origins : false }),
  });
}

async function registerRoutes(app: App, deps: Services, metrics: Metrics): Promise<void> {
  // Only the sign-in routes set or clear the session cookie: the cookie plugin (its onSend hook included)
  // is theirs alone, and parses nothing by itself (the session cookie is read where a session is looked for).
  await app.register(async (signIn: App) => {
    await signIn.register(cookie, { hook: false });
    authRoutes(signIn, deps);
  });
  accountRoutes(app, deps);
  contactRoutes(app, deps);
  userRoutes(app, deps);
  keyRoutes(app, deps);
  leakedKeyRoutes(app, deps);
  meRoutes(app, deps);
  auditRoutes(app, deps);
  workspaceRoutes(app, deps);
  permissionRoutes(app, deps);
  notificationRoutes(app, deps);
  webhookRoutes(app, deps);
  usageRoutes(app, deps);
  protectedApiRoutes(app, deps);
  verifyRoutes(app, deps);
  forwardAuthRoutes(app, deps, metrics);
  errorPageRoutes(app);
  opsRoutes(app, deps, () =>
    metrics.render(
      {
        keyward_last_used_pending: deps.lastUsed.size,
        keyward_usage_pending: deps.lastUsed.usagePending,
        keyward_storage_queries_total: deps.store.queryCount,
        ...keyCacheGauges(deps),
      },
      deps.limiter.metrics(),
    ),
  );
}

/** The key cache and the shared auth-state version, where there are (docs/deploy.md, "Verified keys in memory"). */
function keyCacheGauges({ keyCache, authVersion }: Services): Record<string, number> {
  const gauges: Record<string, number> = {};
  if (keyCache) {
    gauges.keyward_key_cache_entries = keyCache.size;
    gauges.keyward_key_cache_checks_total = keyCache.externalChecks;
  }
  if (authVersion) {
    gauges.keyward_auth_version_bump_failures_total = authVersion.check.bumpFailures;
    if (authVersion.poll) gauges.keyward_auth_version_polls_total = authVersion.poll.count;
  }
  return gauges;
}
