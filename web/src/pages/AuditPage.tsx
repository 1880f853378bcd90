import { useState } from 'preact/hooks';
import { api, ok } from '../api';
import { Button } from '../components/Button';
import { KeyLink, type KeyRef, useKeyRefs } from '../components/KeyLink';
import { DataTable } from '../components/DataTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { ListFooter } from '../components/ListFooter';
import { Time } from '../components/Time';
import { localDateTimeToIso } from '../format';
import { type Loaded, useLoad, usePagedList, useTitle } from '../hooks';
import { navigate } from '../router';
import { AUDIT_ACTIONS, describeEvent } from './audit-words';
import { PageHeader } from '../components/PageHeader';

const EMPTY = { action: '', actor: '', target: '', since: '', until: '' };

/** Filters can arrive in the address (the key detail page links to /audit?target=key_…). */
function fromLocation(): typeof EMPTY {
  const q = new URLSearchParams(location.search);
  return { ...EMPTY, actor: q.get('actor') ?? '', target: q.get('target') ?? '', action: q.get('action') ?? '' };
}

/** The audit log (owners and admins), newest first, with the API's filters. */
export function AuditPage() {
  useTitle('Audit log');
  const [draft, setDraft] = useState(fromLocation);
  const [applied, setApplied] = useState(fromLocation);
  const list = usePagedList(
    (cursor) => {
      const query = {
        action: applied.action.trim() || undefined,
        actor: applied.actor.trim() || undefined,
        target: applied.target.trim() || undefined,
        since: localDateTimeToIso(applied.since),
        until: localDateTimeToIso(applied.until),
        cursor,
      };
      return ok(api.GET('/api/audit', { params: { query } }));
    },
    [JSON.stringify(applied)],
  );
  const userNames = useUserNames();
  const keys = useWorkspaceKeys();
  const names = userNames.data ?? new Map<string, string>();
  const workspaceKeys = keys.data ?? [];
  const fromDetails = list.items.flatMap((e): KeyRef[] =>
    e.target?.type === 'key' && typeof e.details.name === 'string' && typeof e.details.hint === 'string'
      ? [{ id: e.target.id, name: e.details.name, hint: e.details.hint }]
      : [],
  );
  const keyRefs = useKeyRefs(
    list.items.flatMap((e) => [e.target?.type === 'key' ? e.target.id : null, e.actor.type === 'key' ? e.actor.id : null]),
    [...fromDetails, ...workspaceKeys],
  );
  const set = (k: keyof typeof EMPTY) => (e: Event) => setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value });
  const who = (type: string, id: string | null) => {
    if (!id) return '—';
    const key = type === 'key' ? keyRefs.get(id) : undefined;
    if (key) return <KeyLink k={key} />;
    return names.get(id) ?? id;
  };

  return (
    <section>
      <PageHeader title="Audit log">Who did what in this workspace, newest first. The log cannot be edited.</PageHeader>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(draft);
        }}
      >
        <label class="inline-field">
          <span>Action</span>
          <input list="audit-actions" value={draft.action} onInput={set('action')} placeholder="e.g. key.revoked" />
          <datalist id="audit-actions">
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </label>
        <label class="inline-field">
          <span>Actor</span>
          <select value={draft.actor} onChange={set('actor')}>
            <option value="">Anyone</option>
            {[...names].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
            {draft.actor && !names.has(draft.actor) && <option value={draft.actor}>{draft.actor}</option>}
          </select>
        </label>
        <label class="inline-field">
          <span>Key</span>
          <select value={draft.target} onChange={set('target')}>
            <option value="">Any key or target</option>
            {workspaceKeys.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name} ({k.hint})
              </option>
            ))}
            {draft.target && !workspaceKeys.some((k) => k.id === draft.target) && (
              <option value={draft.target}>{keyRefs.get(draft.target)?.name ?? draft.target}</option>
            )}
          </select>
        </label>
        <label class="inline-field">
          <span>Since</span>
          <input type="datetime-local" value={draft.since} onInput={set('since')} />
        </label>
        <label class="inline-field">
          <span>Until</span>
          <input type="datetime-local" value={draft.until} onInput={set('until')} />
        </label>
        <div class="filter-buttons">
          <Button type="submit" variant="primary">
            Apply filters
          </Button>
          <Button
            onClick={() => {
              setDraft(EMPTY);
              setApplied(EMPTY);
              navigate('/audit', { replace: true });
            }}
          >
            Clear
          </Button>
        </div>
      </form>
      <ErrorAlert error={list.error ?? userNames.error ?? keys.error} />
      <DataTable
        rows={list.items}
        rowKey={(e) => e.id}
        columns={[
          { label: 'Time', cell: (e) => <Time iso={e.at} /> },
          {
            label: 'Action',
            cell: (e) => (
              <span>
                {describeEvent(e)} <code class="muted small">{e.action}</code>
              </span>
            ),
          },
          {
            label: 'Actor',
            cell: (e) => (
              <span>
                <span class="muted small">{e.actor.type} </span>
                {who(e.actor.type, e.actor.id)}
              </span>
            ),
          },
          {
            label: 'Target',
            cell: (e) =>
              e.target ? (
                <span>
                  <span class="muted small">{e.target.type} </span>
                  {who(e.target.type, e.target.id)}
                </span>
              ) : (
                '—'
              ),
          },
          { label: 'IP', cell: (e) => e.ip ?? '—' },
        ]}
      />
      {!list.loading && list.items.length === 0 && !list.error && <p class="empty">No events match these filters.</p>}
      <ListFooter loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />
    </section>
  );
}

/** The workspace's keys (newest 100) for the Key filter and for naming keys in the log. */
function useWorkspaceKeys(): Loaded<KeyRef[]> {
  return useLoad(
    () =>
      ok(api.GET('/api/keys', { params: { query: { scope: 'workspace', limit: 100 } } })).then((page) =>
        page.data.map((k) => ({ id: k.id, name: k.name, hint: k.hint })),
      ),
    [],
  );
}

/** User ids → names, so the log reads "Ada Lovelace" rather than "usr_…" (the id stays in the tooltip). */
function useUserNames(): Loaded<Map<string, string>> {
  return useLoad(() => ok(api.GET('/api/users', { params: { query: { limit: 100 } } })).then((page) => new Map(page.data.map((u) => [u.id, u.name]))), []);
}
