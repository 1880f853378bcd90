import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Clock } from '../clock.js';
import { changedSinceTag, type Expected } from '../preconditions.js';
import type { UserPrincipal } from '../principal.js';
import type { ResourceVersions, Store, VersionedResource } from '../store/types.js';
import { type Action, authorize } from '../users/permissions.js';
import { VERSION } from '../version.js';
import { NoContent } from './schemas/common.js';
import { principalOf } from './types.js';

/*
 * Conditional requests. A strong ETag is a digest of everything an answer is drawn from, known before any
 * row is read: the workspace's counters of the resources it shows (`resource_versions`, moved in the same
 * transaction as every write: store.versions), who asks (user and permissions: what they may see), what
 * was asked (path and query) and this Keyward's version (the shape of its JSON). What changes with time
 * alone (a key's status and flags) is folded in as the instant `until` the answer stays right: the tag
 * carries it (`"<digest>.<until in base 36>"`, the digest covering it), and a tag is current only before it.
 * So If-None-Match is answered 304 after one read of the counters, and If-Match refuses a write (412) when
 * the resource's tag is no longer the one given.
 */

/** What an answer is drawn from: the caller's view of some resources of its workspace. */
export interface Validated {
  /** What the caller must be allowed (one of them) for its answer to be tagged, asked before any counter is read. */
  readonly may: Action | readonly Action[];
  /** The resources whose counters the answer depends on. */
  readonly resources: readonly VersionedResource[];
  /** What else the answer shows that is not stored (a setting of this instance), as text. */
  readonly settings?: string;
}

/** The request's store and clock (the app's services). */
export interface ConditionalContext {
  readonly store: Store;
  readonly clock: Clock;
}

const TAG = /^(W\/)?("[A-Za-z0-9_-]{27}(?:\.([0-9a-z]{1,11}))?")$/;

/**
 * What the tags of one answer are computed from (one read of the workspace's counters); undefined when the
 * caller may not do `v.may`: then nothing is tagged or compared, and the service refuses as it always does.
 */
async function basisOf(store: Store, p: UserPrincipal, v: Validated, target: string): Promise<Basis | undefined> {
  const actions: readonly Action[] = Array.isArray(v.may) ? v.may : [v.may as Action];
  if (!actions.some((a) => authorize(p, a).ok)) return undefined;
  const counters = await store.versions.get(p.workspace.id);
  let basis = `${VERSION}\n${target}\n${p.workspace.id}\n${p.user.id}\n${[...p.permissions].sort().join(' ')}`;
  for (const r of v.resources) basis += `\n${r}=${counters[r]}`;
  return { text: v.settings === undefined ? basis : `${basis}\n${v.settings}`, counters };
}

/** What an answer's tags are digests of (`text`), and the counters read for it. */
interface Basis {
  text: string;
  counters: ResourceVersions;
}

/** The strong tag of an answer drawn from `basis`, right until `until` (null: until something is written). */
function entityTag(basis: string, until: number | null): string {
  const suffix = until === null ? '' : `.${until.toString(36)}`;
  return `"${createHash('sha256').update(basis).update(suffix).digest('base64url').slice(0, 27)}${suffix}"`;
}

/** The header's first tag that is current for `basis` at `now`; a weak one (`W/`) only when `weak` (If-None-Match). */
function currentTag(header: string, basis: string, now: number, weak: boolean): string | undefined {
  for (const raw of header.split(',')) {
    const m = TAG.exec(raw.trim());
    if (!m || (m[1] && !weak)) continue;
    const until = m[3] === undefined ? null : Number.parseInt(m[3], 36);
    if (until !== null && now >= until) continue;
    if (entityTag(basis, until) === m[2]) return m[2];
  }
  return undefined;
}

/** What a conditional GET's answer is: its body, and the instant it stops being right with time alone. */
export interface Answer<T> {
  body: T;
  until?: number | null;
}

/**
 * A GET answered conditionally: 304 with the tag (no body, nothing read but the counters) when a tag of
 * If-None-Match is current, or (after reading it) when If-None-Match is `*` and the resource exists; otherwise `read`'s body with its ETag. `target` is what was asked (the path, with
 * the query for a list).
 */
export async function conditionalGet<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  c: ConditionalContext,
  v: Validated,
  read: () => Promise<Answer<T>>,
  target: string = req.url,
): Promise<T | FastifyReply> {
  const epoch = c.store.transactionEpoch?.();
  const basis = (await basisOf(c.store, principalOf(req), v, target))?.text;
  // While a transaction may be open, what is read may not be committed: answered, never tagged.
  const settled = () => c.store.transactionEpoch === undefined || (epoch !== undefined && c.store.transactionEpoch() === epoch);
  const header = req.headers['if-none-match'];
  const tag = header === undefined || basis === undefined || !settled() ? undefined : currentTag(header, basis, c.clock.now(), true);
  if (tag) return reply.code(304).header('etag', tag).send();
  const { body, until = null } = await read();
  if (basis === undefined || !settled()) return body;
  const etag = entityTag(basis, until);
  // `*`: any current representation; read once to know there is one (a missing object is still 404).
  if (header?.trim() === '*') return reply.code(304).header('etag', etag).send();
  reply.header('etag', etag);
  return body;
}

/**
 * A write that honours If-Match: refused with 412 `precondition_failed` unless the header is absent, `*`,
 * or holds the current tag of `GET <target>` (compared strongly). A current tag answers the counters it was
 * made from: the write's precondition, which its service holds in the write's own transaction (a write
 * committed in between is refused there). `v.may` is the write's own action: a caller who may not write is
 * refused by the service (403) as without the header.
 */
export async function requireMatch(req: FastifyRequest, c: ConditionalContext, v: Validated, target: string): Promise<Expected | undefined> {
  const header = req.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  const basis = await basisOf(c.store, principalOf(req), v, target);
  if (basis === undefined) return undefined;
  if (!currentTag(header, basis.text, c.clock.now(), false)) changedSinceTag();
  return Object.fromEntries(v.resources.map((r) => [r, basis.counters[r]]));
}

/** OpenAPI and validation of the headers above. */
const ETAG_HEADER = {
  type: 'string',
  description:
    'A strong tag of this answer: send it back as If-None-Match to be answered 304 while nothing it shows has changed, or as If-Match to refuse a write (412) if something has',
};
const TAG_LIST = (description: string) => Type.Optional(Type.String({ maxLength: 2000, description }));

type RouteSchema = { headers?: unknown; response?: unknown };

/** A conditional GET's schema: If-None-Match, the ETag of its 200, and the 304. */
export function conditionalGetSchema<S extends RouteSchema>(schema: S): S {
  const response = (schema.response ?? {}) as Record<string, unknown>;
  return {
    ...schema,
    headers: Type.Object({
      'if-none-match': TAG_LIST(
        'ETags of answers already held: when one is still current the answer is 304 with no body; `*`: 304 whenever the resource exists',
      ),
    }),
    response: {
      ...response,
      200: { ...(response[200] as object), headers: { ETag: ETAG_HEADER } },
      304: {
        ...NoContent,
        description: 'Not modified: the If-None-Match tag named is still current (nothing it shows changed); no body',
        headers: { ETag: ETAG_HEADER },
      },
    },
  };
}

/** A write's schema when it honours If-Match: the header, and the 412. */
export function requireMatchSchema<S extends RouteSchema>(schema: S): S {
  return {
    ...schema,
    headers: Type.Object({ 'if-match': TAG_LIST('The ETag of the resource as last read (or `*`): the write is refused with 412 if it is no longer current') }),
    response: { ...(schema.response as object), 412: { $ref: 'Problem#' } },
  };
}
