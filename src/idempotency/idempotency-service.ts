import { createHash } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Principal } from '../principal.js';
import type { IdempotencyScope, Store } from '../store/types.js';

/** How long a first answer is replayed (draft-ietf-httpapi-idempotency-key-header: the server's choice). */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
/** A reservation still in flight after this long belongs to a request that will never answer (a crashed instance). */
export const IDEMPOTENCY_STALE_MS = 60_000;

/** What to do with a request that carries an Idempotency-Key. */
export type IdempotencyBegin =
  | { readonly kind: 'proceed'; readonly scope: IdempotencyScope; readonly createdAt: number }
  | { readonly kind: 'replay'; readonly status: number; readonly body: string }
  /** The key was used with another request (method, path or body) within the last 24 hours: 422. */
  | { readonly kind: 'mismatch' }
  /** The first request with this key is still being answered: 409, try again. */
  | { readonly kind: 'in_progress' };

/** The request a key stands for: method, path and body, the body's fields in a canonical order. */
export function fingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([method, path, canonical(body)]))
    .digest('hex');
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

/** Whose keys these are: a principal's Idempotency-Keys are its own, per workspace. */
export const principalScope = (p: Principal, key: string): IdempotencyScope => ({
  workspaceId: p.workspace.id,
  principal: p.via === 'cli' ? `operator:${p.operator}`.slice(0, 80) : p.via === 'key' && p.key ? `key:${p.key.id}` : `user:${p.user.id}`,
  key,
});

/**
 * Retry-safe creates: the first request with a key reserves it (one of any number of racing
 * requests, on any instance, since the reservation is a conditional insert); its answer is kept 24 hours
 * and replayed to the same request, refused to a different one.
 */
export class IdempotencyService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async begin(scope: IdempotencyScope, print: string): Promise<IdempotencyBegin> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = this.clock.now();
      if (await this.store.idempotency.reserve(scope, print, now)) return { kind: 'proceed', scope, createdAt: now };
      const row = await this.store.idempotency.get(scope);
      if (row === undefined) continue;
      const expired = row.createdAt <= now - IDEMPOTENCY_TTL_MS || (row.status === null && row.createdAt <= now - IDEMPOTENCY_STALE_MS);
      if (expired) {
        await this.store.idempotency.release(scope, row.createdAt);
        continue;
      }
      if (row.fingerprint !== print) return { kind: 'mismatch' };
      if (row.status === null || row.body === null) return { kind: 'in_progress' };
      return { kind: 'replay', status: row.status, body: row.body };
    }
    return { kind: 'in_progress' };
  }

  /** Keeps the answer to replay; `body` must hold no secret. */
  complete(begun: Extract<IdempotencyBegin, { kind: 'proceed' }>, status: number, body: string): Promise<void> {
    return this.store.idempotency.complete(begun.scope, begun.createdAt, status, body);
  }

  /** The request failed: the key is free for a retry. */
  release(begun: Extract<IdempotencyBegin, { kind: 'proceed' }>): Promise<void> {
    return this.store.idempotency.release(begun.scope, begun.createdAt);
  }

  /** Forgets answers older than 24 hours (the periodic job). */
  prune(): Promise<number> {
    return this.store.idempotency.prune(this.clock.now() - IDEMPOTENCY_TTL_MS);
  }
}
