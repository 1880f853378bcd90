import { useEffect, useState } from 'preact/hooks';
import { getKey } from '../api';
import { useLoad } from '../hooks';
import { linkClick } from '../router';

export interface KeyRef {
  id: string;
  name: string;
  hint: string;
}

/** A link to a key's detail page that reads “Name” (ak_live_…abcd): never a raw id. */
export function KeyLink({ k, hint = true }: { k: KeyRef; hint?: boolean }) {
  return (
    <a href={`/settings/api-keys/${encodeURIComponent(k.id)}`} onClick={linkClick}>
      {hint ? (
        <>
          “{k.name}” <code class="hint">{k.hint}</code>
        </>
      ) : (
        <span class="key-name">{k.name}</span>
      )}
    </a>
  );
}

/**
 * Names and hints for key ids not in `known` (a rolled key's partner hidden by the status filter, a
 * key in the audit log), fetched once each. Ids the caller may not read stay unresolved.
 */
export function useKeyRefs(ids: (string | null | undefined)[], known: KeyRef[]): Map<string, KeyRef> {
  const [fetched, setFetched] = useState(new Map<string, KeyRef>());
  const refs = new Map<string, KeyRef>([...fetched, ...known.map((k) => [k.id, k] as const)]);
  const missing = [...new Set(ids.filter((id): id is string => !!id && !refs.has(id)))];
  const key = missing.join(',');
  const found = useLoad(() => Promise.all(missing.map((id) => getKey(id).catch(() => null))), [key]);
  useEffect(() => {
    const keys = found.data?.filter((f) => f !== null) ?? [];
    if (keys.length === 0) return;
    setFetched((prev) => {
      const next = new Map(prev);
      for (const k of keys) next.set(k.id, { id: k.id, name: k.name, hint: k.hint });
      return next;
    });
  }, [found.data]);
  return refs;
}
