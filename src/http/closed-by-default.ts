import type { RouteOptions } from 'fastify';

/** Where Swagger UI serves the API documentation (its `routePrefix`). */
export const DOCS_PREFIX = '/docs';

/** The plugins whose routes are public by nature, as `declareAuthMode` recognises them. */
export interface PublicPlugins {
  /** Swagger UI's `routePrefix`: every route it registers has this prefix. */
  readonly docsPrefix: string;
  /** The web app's directory as @fastify/static serves it (each file route carries it as `config.rootPath`). */
  readonly webDir?: string;
}

/** Who may call a route: see `config.auth` (auth-hook.ts). */
export type AuthMode = 'none' | 'api' | 'session' | 'proxy';
/** A route as `onRoute` sees it: with the prefix of the plugin that registered it. */
type PluginRoute = RouteOptions & { readonly prefix: string };

/**
 * Closed by default: every route says who may call it in `config.auth`, or registering it throws and the
 * app does not start — a route that forgets must fail loudly, never run open. Routes that plugins
 * register cannot say so themselves; exactly these are recognised and declared `auth: 'none'` here:
 * - Swagger UI's pages and assets (everything under `docsPrefix`);
 * - the web app's files served by @fastify/static (public: the browser loads them before signing in);
 * - @fastify/cors's `OPTIONS *` preflight answer.
 * Called from the `onRoute` hook, before the route's hooks are bound to its mode.
 */
export function declareAuthMode(route: PluginRoute, plugins: PublicPlugins): AuthMode {
  const declared = route.config?.auth;
  if (declared !== undefined) return declared;
  if (isPublicPluginRoute(route, plugins)) {
    // A copy: a plugin may share one options object between its routes.
    route.config = { ...route.config, auth: 'none' };
    return 'none';
  }
  const methods = Array.isArray(route.method) ? route.method.join(',') : route.method;
  throw new Error(`${methods} ${route.url} declares no config.auth ('none', 'api', 'session' or 'proxy'): every route says who may call it`);
}

function isPublicPluginRoute(route: PluginRoute, { docsPrefix, webDir }: PublicPlugins): boolean {
  if (route.prefix === docsPrefix) return true;
  if (webDir !== undefined && (route.config as { rootPath?: unknown } | undefined)?.rootPath === withSlash(webDir)) return true;
  return route.method === 'OPTIONS' && route.url === '*';
}

const withSlash = (dir: string) => (dir.endsWith('/') ? dir : `${dir}/`);
