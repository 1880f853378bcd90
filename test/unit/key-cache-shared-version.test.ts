import { describe, expect, it } from 'vitest';
import { KeyCache } from '../../src/keys/key-cache.js';
import type { KeyAuthRecord } from '../../src/store/types.js';

/**
 * The key cache on PostgreSQL without Redis: other processes' commits are seen through a version read
 * with a query, once per event-loop turn, one query at a time. The version source here is a list of
 * deferred answers the test settles itself: no database, no sleeps.
 */
interface PendingRead {
  resolve(version: number): void;
  reject(error: Error): void;
}

function aDeferredSource() {
  const reads: PendingRead[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      reads.push({ resolve, reject });
    });
  return { reads, read };
}

/** Lets every pending setImmediate and promise callback run (event-loop turns, not time). */
const turns = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

/** A promise whose settlement can be asserted without awaiting it. */
function watched<T>(p: Promise<T>) {
  const w = { settled: false, value: undefined as T | undefined };
  void p.then((v) => {
    w.settled = true;
    w.value = v;
  });
  return w;
}

const rec = { key: { id: 'key_1' } } as KeyAuthRecord;

/** A cache that has seen version `v` and holds `rec` under 'h'. */
async function aPrimedCache(v: number) {
  const source = aDeferredSource();
  const cache = new KeyCache({ localVersion: () => 0, sharedVersion: source.read });
  cache.set('h', rec, cache.generation);
  const first = cache.get('h');
  await turns();
  source.reads[0].resolve(v); // nothing seen before: the entry is dropped, as it must be
  expect(await first).toBeUndefined();
  cache.set('h', rec, cache.generation);
  return { cache, source };
}

describe('KeyCache with a shared (PostgreSQL) version', () => {
  it('requests read in one turn share one check, which starts after they were read', async () => {
    const { cache, source } = await aPrimedCache(1);
    const gets = [cache.get('h'), cache.get('h'), cache.get('h')];
    expect(source.reads).toHaveLength(1); // no query yet: it starts in the next check phase
    await turns();
    expect(source.reads).toHaveLength(2);
    source.reads[1].resolve(1);
    expect(await Promise.all(gets)).toEqual([rec, rec, rec]);
    expect(cache.externalChecks).toBe(2);
  });

  it('a request read after a check started waits for the next check, which starts when that one ends', async () => {
    const { cache, source } = await aPrimedCache(1);
    const before = watched(cache.get('h'));
    await turns();
    expect(source.reads).toHaveLength(2); // check #2 started (its answer predates what follows)
    // Another instance commits a revocation and returns; then this request is read.
    const after = watched(cache.get('h'));
    await turns();
    expect(source.reads).toHaveLength(2); // one query at a time: #3 waits for #2
    source.reads[1].resolve(1); // #2 ran before the commit
    await turns();
    expect(before.settled && before.value).toBe(rec); // read before #2 started: #2 answers for it
    expect(after.settled).toBe(false); // read after #2 started: #2 cannot answer for it
    expect(source.reads).toHaveLength(3);
    source.reads[2].resolve(2); // #3 sees the commit
    await turns();
    expect(after.settled).toBe(true);
    expect(after.value).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('a lookup that raced with a moved version is not stored', async () => {
    const { cache, source } = await aPrimedCache(1);
    cache.invalidate();
    const generation = cache.generation; // a miss: the storage read starts now
    const waiting = cache.get('h'); // nothing cached: answers at once, no check
    expect(await waiting).toBeUndefined();
    cache.set('other', rec, cache.generation);
    const check = cache.get('other');
    await turns();
    source.reads[1].resolve(2); // a change committed while the lookup ran
    expect(await check).toBeUndefined();
    cache.set('h', rec, generation); // the lookup's record: possibly from before the change
    expect(cache.size).toBe(0);
  });

  it('a failed check fails the requests that waited for it, and nothing stored is trusted until a check succeeds', async () => {
    const { cache, source } = await aPrimedCache(1);
    const failed = cache.get('h');
    await turns();
    source.reads[1].reject(new Error('connection lost'));
    await expect(failed).rejects.toThrow('connection lost');
    expect(cache.size).toBe(0);
    cache.set('h', rec, cache.generation); // read from storage while the version is unknown
    const next = cache.get('h');
    await turns();
    source.reads[2].resolve(1); // the same version as before the failure: still not trusted
    expect(await next).toBeUndefined();
    cache.set('h', rec, cache.generation);
    const trusted = cache.get('h');
    await turns();
    source.reads[3].resolve(1);
    expect(await trusted).toBe(rec);
  });

  it('a request queued behind a failing check fails with it, without a query of its own (one timeout, not two)', async () => {
    const { cache, source } = await aPrimedCache(1);
    const first = cache.get('h');
    await turns();
    const queued = cache.get('h'); // read while the check runs: waits for the next one
    await turns();
    source.reads[1].reject(new Error('timeout exceeded when trying to connect'));
    await expect(first).rejects.toThrow('timeout exceeded');
    await expect(queued).rejects.toThrow('timeout exceeded');
    expect(source.reads).toHaveLength(2);
    cache.set('h', rec, cache.generation);
    const later = cache.get('h'); // a later request starts a check of its own
    await turns();
    expect(source.reads).toHaveLength(3);
    source.reads[2].resolve(1);
    expect(await later).toBeUndefined(); // stored while the version was unknown: not trusted
  });

  it('a version observed from Redis validates entries the same way (any difference empties the cache)', () => {
    const cache = new KeyCache({ localVersion: () => 0, sharedVersion: () => Promise.resolve(0) });
    cache.observe('100');
    const generation = cache.generation;
    cache.set('h', rec, generation);
    cache.observe('100');
    expect(cache.peek('h')).toBe(rec);
    expect(cache.generation).toBe(generation);
    cache.observe('99'); // an older answer arriving late: a difference all the same
    expect(cache.peek('h')).toBeUndefined();
    expect(cache.generation).not.toBe(generation);
  });
});
