import { useEffect, useState } from 'preact/hooks';
import { type AuditEvent, type Page, type User, api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { ListFooter } from '../components/ListFooter';
import { Time } from '../components/Time';
import { localDateTimeToIso } from '../format';
import { usePagedList, useTitle } from '../hooks';

/** The actions of SPEC §8, offered as suggestions in the Action filter. */
const ACTIONS = [
  'user.login',
  'user.login_failed',
  'user.created',
  'user.role_changed',
  'user.disabled',
  'key.created',
  'key.renamed',
  'key.revoked',
  'key.rolled',
  'key.expired_use',
  'key.revoked_use',
  'key.leaked_revoked',
];

const EMPTY = { action: '', actor: '', target: '', since: '', until: '' };

/** The audit log (owners and admins), newest first, with the API's filters. */
export function AuditPage() {
  useTitle('Audit log');
  const [draft, setDraft] = useState(EMPTY);
  const [applied, setApplied] = useState(EMPTY);
  const list = usePagedList<AuditEvent>('/api/audit', {
    action: applied.action.trim() || undefined,
    actor: applied.actor.trim() || undefined,
    target: applied.target.trim() || undefined,
    since: localDateTimeToIso(applied.since),
    until: localDateTimeToIso(applied.until),
  });
  const names = useUserNames();
  const set = (k: keyof typeof EMPTY) => (e: Event) => setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value });
  const who = (id: string | null) => (id ? (names.get(id) ?? id) : '—');

  return (
    <section>
      <div class="page-header">
        <div>
          <h1 tabIndex={-1}>Audit log</h1>
          <p class="muted">Who did what in this workspace, newest first. The log cannot be edited.</p>
        </div>
      </div>
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
            {ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </label>
        <label class="inline-field">
          <span>Actor id</span>
          <input value={draft.actor} onInput={set('actor')} placeholder="usr_… or key_…" />
        </label>
        <label class="inline-field">
          <span>Target id</span>
          <input value={draft.target} onInput={set('target')} placeholder="key_… or usr_…" />
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
          <button type="submit" class="button primary">
            Apply filters
          </button>
          <button
            type="button"
            class="button"
            onClick={() => {
              setDraft(EMPTY);
              setApplied(EMPTY);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <ErrorAlert error={list.error} />
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Action</th>
              <th scope="col">Actor</th>
              <th scope="col">Target</th>
              <th scope="col">IP</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((e) => (
              <tr key={e.id}>
                <td data-label="Time">
                  <Time iso={e.at} />
                </td>
                <td data-label="Action">
                  <code>{e.action}</code>
                </td>
                <td data-label="Actor" title={e.actor.id ?? undefined}>
                  <span class="muted small">{e.actor.type} </span>
                  {who(e.actor.id)}
                </td>
                <td data-label="Target" title={e.target?.id}>
                  {e.target ? (
                    <>
                      <span class="muted small">{e.target.type} </span>
                      {who(e.target.id)}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td data-label="IP">{e.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!list.loading && list.items.length === 0 && !list.error && <p class="empty">No events match these filters.</p>}
      <ListFooter loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />
    </section>
  );
}

/** User ids → names, so the log reads "Ada Lovelace" rather than "usr_…" (the id stays in the tooltip). */
function useUserNames(): Map<string, string> {
  const [names, setNames] = useState(new Map<string, string>());
  useEffect(() => {
    api.get<Page<User>>('/api/users', { limit: 100 }).then(
      (page) => setNames(new Map(page.data.map((u) => [u.id, u.name]))),
      () => undefined,
    );
  }, []);
  return names;
}
