import { fail } from './errors.js';
import type { Repos, ResourceVersions, Store } from './store/types.js';

/**
 * A write's precondition: the workspace's counters its caller last read the resource at (those an If-Match
 * tag was made from). The write happens only while none of them has moved since.
 */
export type Expected = Partial<ResourceVersions>;

/**
 * Runs `write` so that it lands only if `expected` still holds: in one transaction that first locks the
 * workspace's counters (no other write of the workspace commits until it ends) and refuses with 412
 * `precondition_failed` when one moved. Without a precondition, `write` runs on the store as it is.
 */
export async function writeIfUnchanged<T>(store: Store, workspaceId: string, expected: Expected | undefined, write: (repos: Repos) => Promise<T>): Promise<T> {
  if (expected === undefined) return write(store);
  return store.transaction(async (tx) => {
    await holdUnchanged(tx, workspaceId, expected);
    return write(tx);
  });
}

/** In a write's transaction, before it reads what it changes: locks the counters and refuses when one of `expected` moved. */
export async function holdUnchanged(tx: Repos, workspaceId: string, expected: Expected | undefined): Promise<void> {
  if (expected === undefined) return;
  const now = await tx.versions.lock(workspaceId);
  for (const [resource, version] of Object.entries(expected)) {
    if (now[resource as keyof ResourceVersions] !== version) changedSinceTag();
  }
}

/** The 412 of a write whose If-Match tag is no longer current. */
export function changedSinceTag(): never {
  return fail('precondition_failed', 'The resource changed since this tag was given (or the tag is not one this caller was given); GET it again and retry');
}
