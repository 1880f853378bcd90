import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Page } from './api';

/**
 * A guard against stale answers: `begin()` starts a load and returns its `current()` check, true while
 * no later load has started and the component is still mounted (an answer that is no longer current is
 * dropped, so a slow first answer cannot overwrite a newer one).
 */
function useGeneration(): () => () => boolean {
  const generation = useRef(0);
  useEffect(
    () => () => {
      generation.current++;
    },
    [],
  );
  return () => {
    const mine = ++generation.current;
    return () => mine === generation.current;
  };
}

export interface Loaded<T> {
  /** The newest answer, or undefined before the first one. A failed reload keeps the last answer on screen. */
  data: T | undefined;
  loading: boolean;
  /** What went wrong the last time, for an ErrorAlert (cleared by the next answer). */
  error: unknown;
  reload(): void;
  /** Replace the data in place (e.g. with what a PATCH returned). */
  set(data: T): void;
}

/**
 * Loads `load()` when the component mounts, again whenever `deps` change and, with `everyMs`, every so
 * often; only the newest load's answer is kept (a late answer for an earlier page, filter or period is
 * dropped, as is any answer after the component is gone).
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], everyMs?: number): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const begin = useGeneration();
  const run = useCallback(() => {
    const current = begin();
    setLoading(true);
    load().then(
      (d) => {
        if (!current()) return;
        setData(d);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!current()) return;
        setError(e);
        setLoading(false);
      },
    );
  }, deps);
  useEffect(() => {
    run();
    if (!everyMs) return;
    const timer = setInterval(run, everyMs);
    return () => clearInterval(timer);
  }, [run, everyMs]);
  return { data, loading, error, reload: run, set: setData };
}

export interface PagedList<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore(): void;
  reload(): void;
  /** Replace one item in place (e.g. with the object a PATCH returned). */
  replace(item: T): void;
}

/** A cursor-paginated list (`{ data, next_cursor }`): `load(cursor)` fetches one page; reloaded whenever `deps` change. */
export function usePagedList<T extends { id: string }>(load: (cursor?: string) => Promise<Page<T>>, deps: readonly unknown[]): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const begin = useGeneration();

  const loadPage = useCallback(async (cursor?: string) => {
    const current = begin();
    setLoading(true);
    setError(null);
    try {
      const page = await load(cursor);
      if (!current()) return;
      setItems((prev) => (cursor ? [...prev, ...page.data] : page.data));
      setNext(page.next_cursor);
    } catch (e) {
      if (current()) setError(e);
    } finally {
      if (current()) setLoading(false);
    }
  }, deps);

  useEffect(() => {
    void loadPage();
  }, [loadPage]);

  return {
    items,
    loading,
    error,
    hasMore: next !== null,
    loadMore: () => {
      if (next) void loadPage(next);
    },
    reload: () => void loadPage(),
    replace: (item) => setItems((prev) => prev.map((i) => (i.id === item.id ? item : i))),
  };
}

/** A clock that ticks every `intervalMs`, so relative times ("3 minutes ago") stay current. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [intervalMs]);
  return now;
}

/** Sets the document title for a page. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Keyward`;
  }, [title]);
}

/**
 * A form action's state: `run` marks it busy and clears the last error; when the action ends the form is
 * free again, whether it succeeded (a form that stays on screen, like the allowlist, must not keep saying
 * "Saving…") or failed (then its error is shown). `setError` lets a form report its own checks the same way.
 */
export function useAction(): { busy: boolean; error: unknown; run(action: () => Promise<void>): Promise<void>; setError(error: unknown): void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, setError };
}
