import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type Page, api, withQuery } from './api';

type Query = Record<string, string | undefined>;

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

/** A cursor-paginated list (`{ data, next_cursor }`), reloaded whenever the path or query changes. */
export function usePagedList<T extends { id: string }>(path: string, query: Query = {}): PagedList<T> {
  const url = withQuery(path, query);
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  const load = useCallback(
    async (cursor?: string) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await api.get<Page<T>>(path, { ...query, cursor });
        if (mine !== generation.current) return;
        setItems((prev) => (cursor ? [...prev, ...page.data] : page.data));
        setNext(page.next_cursor);
      } catch (e) {
        if (mine === generation.current) setError(e);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    // The url captures path and query: reload exactly when either changes.
    [url],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return {
    items,
    loading,
    error,
    hasMore: next !== null,
    loadMore: () => {
      if (next) void load(next);
    },
    reload: () => void load(),
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
