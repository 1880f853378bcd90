import type { ProtectedApiRecord, ProtectedApiRule } from '../store/types.js';

/**
 * Which rule of a workspace's protected APIs a request falls under. Pure: no storage, no clock.
 *
 * A request selects one API — among those whose hosts include the request's host (an API without hosts
 * matches any), the one with the longest path prefix (on segment boundaries); at equal length one that names
 * hosts wins over one that does not, then the oldest — and within it the first rule whose method and path
 * pattern match decides. Nothing selected, or no rule matching: the request is not allowed.
 *
 * Paths are compared as the upstream will read them: the query is dropped, each segment percent-decoded,
 * `.` and `..` resolved and empty segments dropped. A path that cannot be read one way only — a malformed
 * escape, an encoded `/` or `\`, a control character — is matched by nothing.
 */

/** Characters of a literal path segment in a pattern or prefix (RFC 3986 pchar, without `%` and `*`). */
const SEGMENT = "[A-Za-z0-9._~!$&'()+,;=:@-]+";
/** A literal segment that is not `.` or `..`. */
const LITERAL = `(?!\\.\\.?(?:/|$))${SEGMENT}`;
/** A rule's path: `/`, or segments (literal or `*`) optionally ending in `/**`; e.g. `/invoices/*`, `/v1/**`. */
export const PATH_PATTERN = `^(?=/)(?:/|(?:/(?:\\*|${LITERAL}))*(?:/\\*\\*)?)$`;
/** An API's path prefix: `/` or literal segments, e.g. `/v1/billing`. */
export const PATH_PREFIX_PATTERN = `^(?:/|(?:/${LITERAL})+)$`;
/** A host name as the API selects it: lower case, no port, no trailing dot. */
export const HOST_PATTERN = '^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$';

/** What a request to a protected API is, as the proxy (or the verify API's caller) tells it. */
export interface ProtectedRequest {
  readonly method: string;
  /** The request target: a path, with or without its query. */
  readonly uri: string;
  /** The Host the client asked for (a port is ignored); undefined matches only APIs without hosts. */
  readonly host: string | undefined;
}

export interface RouteMatch {
  readonly api: ProtectedApiRecord;
  /** The rule's position in its API's list. */
  readonly index: number;
  readonly rule: ProtectedApiRule;
}

interface CompiledApi {
  readonly api: ProtectedApiRecord;
  readonly prefix: readonly string[];
  readonly hosts: ReadonlySet<string> | undefined;
  readonly rules: readonly { readonly rule: ProtectedApiRule; readonly index: number; readonly pattern: readonly string[] }[];
}

/** A workspace's protected APIs made ready for matching: most specific first. */
export interface CompiledApis {
  readonly apis: readonly CompiledApi[];
}

const segmentsOf = (path: string) => path.split('/').filter((s) => s !== '');

/** Prepares a workspace's APIs for `matchRoute` (`apis` oldest first). */
export function compileApis(apis: readonly ProtectedApiRecord[]): CompiledApis {
  const compiled = apis.map((api) => ({
    api,
    prefix: segmentsOf(api.pathPrefix),
    hosts: api.hosts.length > 0 ? new Set(api.hosts) : undefined,
    rules: api.rules.map((rule, index) => ({ rule, index, pattern: segmentsOf(rule.path) })),
  }));
  // Stable: at equal prefix length and host specificity, the older API comes first.
  compiled.sort((a, b) => b.prefix.length - a.prefix.length || Number(b.hosts !== undefined) - Number(a.hosts !== undefined));
  return { apis: compiled };
}

/**
 * The request target's path as segments: query and fragment dropped, percent-decoded, dot segments
 * resolved, empty segments dropped. Undefined when it cannot be read one way only.
 */
export function requestSegments(uri: string): string[] | undefined {
  let path = uri;
  const end = path.search(/[?#]/);
  if (end >= 0) path = path.slice(0, end);
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(path);
  if (absolute) path = path.slice(absolute[0].length) || '/';
  if (!path.startsWith('/')) return undefined;
  const out: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    let seg: string;
    try {
      seg = raw.includes('%') ? decodeURIComponent(raw) : raw;
    } catch {
      return undefined;
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
    if (/[/\\\u0000-\u001f\u007f]/.test(seg)) return undefined;
    if (seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out;
}

/** The host name of a Host header value: lower case, without port or trailing dot. */
export function hostName(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.indexOf(':');
  if (colon >= 0) h = h.slice(0, colon);
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

const startsWith = (segs: readonly string[], prefix: readonly string[]) => prefix.every((p, i) => segs[i] === p);

/** Whether a pattern (`*` one segment, a final `**` zero or more) matches the whole path. */
export function patternMatches(pattern: readonly string[], segs: readonly string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p === '**') return true;
    if (i >= segs.length || (p !== '*' && p !== segs[i])) return false;
  }
  return pattern.length === segs.length;
}

const methodMatches = (ruleMethod: string, method: string) => ruleMethod === '*' || ruleMethod === method || (method === 'HEAD' && ruleMethod === 'GET');

/** The rule a request falls under, or undefined: no API selected, or no rule of the selected one matches. */
export function matchRoute(compiled: CompiledApis, req: ProtectedRequest): RouteMatch | undefined {
  const segs = requestSegments(req.uri);
  if (segs === undefined) return undefined;
  const host = req.host === undefined ? undefined : hostName(req.host);
  const method = req.method.toUpperCase();
  const selected = compiled.apis.find((a) => (a.hosts === undefined || (host !== undefined && a.hosts.has(host))) && startsWith(segs, a.prefix));
  if (!selected) return undefined;
  const hit = selected.rules.find((r) => methodMatches(r.rule.method, method) && patternMatches(r.pattern, segs));
  return hit && { api: selected.api, index: hit.index, rule: hit.rule };
}
