import { useState } from 'preact/hooks';
import { ApiError, type ProtectedApi, type RouteMatch, type WorkspacePermissions, api, ok } from '../api';
import { Button } from '../components/Button';
import { DataTable, actionsColumn } from '../components/DataTable';
import { ErrorAlert, PageStatus } from '../components/ErrorAlert';
import { SelectField, TextField } from '../components/Field';
import { ListFooter } from '../components/ListFooter';
import { PageHeader } from '../components/PageHeader';
import { Time } from '../components/Time';
import { humanMessage } from '../field-errors';
import { useAction, useLoad, usePagedList, useTitle } from '../hooks';
import '../styles/protect.css';
import { DeleteProtectedApiDialog, ProtectedApiFormDialog } from './ProtectedApiDialogs';
import { REQUEST_METHODS, methodLabel, rolesInWords } from './protected-api-words';

type Open = null | { kind: 'new' } | { kind: 'edit' | 'delete'; protectedApi: ProtectedApi };

/** "billing.example.com, api.example.com" or "Any host". */
const hostsText = (a: ProtectedApi) => (a.hosts.length === 0 ? 'Any host' : a.hosts.join(', '));

/**
 * Settings → Protected APIs (owners and admins): the workspace's own HTTP APIs that Keyward guards through
 * forward-auth and the verify API, each with its rules; and a box that says which rule decides a request.
 */
export function ProtectedApisPage() {
  useTitle('Protected APIs');
  const list = usePagedList((cursor) => ok(api.GET('/api/protected-apis', { params: { query: { cursor } } })), []);
  const permissions = useLoad(() => ok(api.GET('/api/permissions')), []);
  const custom = permissions.data?.custom.map((c) => c.name) ?? [];
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  /** Bumped whenever the rules change, so a "Try a request" answer about the old rules is cleared. */
  const [rulesVersion, setRulesVersion] = useState(0);
  const close = () => setOpen(null);
  /** After a save or a delete: the rules changed, say so and close the dialog. */
  const changed = (said: string) => {
    setRulesVersion((v) => v + 1);
    setNotice(said);
    close();
  };

  return (
    <section>
      <PageHeader eyebrow="Settings" title="Protected APIs" action={{ label: 'Add protected API', onClick: () => setOpen({ kind: 'new' }) }}>
        Your own HTTP APIs that Keyward guards: your reverse proxy (nginx, Caddy, Traefik) asks Keyward about each request, and the rules below say which
        permission the caller’s key needs. A request that no rule matches is refused.
      </PageHeader>
      <PageStatus error={list.error ?? permissions.error} notice={notice} />
      {!list.loading && list.items.length === 0 && !list.error ? (
        <div class="empty">
          <p>
            <strong>No protected APIs yet.</strong>
          </p>
          <p class="muted">Add one to let Keyward’s keys guard it: until then, forward-auth refuses every request.</p>
        </div>
      ) : (
        <DataTable
          rows={list.items}
          rowKey={(a) => a.id}
          rowAttrs={(a) => ({ 'data-protected-api-id': a.id })}
          tableClass="protected-api-table"
          columns={[
            { label: 'Name', cell: (a) => <strong>{a.name}</strong> },
            {
              label: 'Selects',
              cell: (a) => (
                <span>
                  {hostsText(a)}, <code>{a.path_prefix}</code>
                </span>
              ),
            },
            {
              label: 'Rules',
              cell: (a) => (
                <ol class="rule-summary">
                  {a.rules.map((r, i) => (
                    <li key={i}>
                      <code>
                        {methodLabel(r.method)} {r.path}
                      </code>{' '}
                      → <code>{r.permission}</code>
                    </li>
                  ))}
                </ol>
              ),
            },
            { label: 'Changed', cell: (a) => <Time iso={a.updated_at} dateOnly /> },
            actionsColumn((a: ProtectedApi) => (
              <>
                <Button small aria-label={`Edit ${a.name}`} onClick={() => setOpen({ kind: 'edit', protectedApi: a })}>
                  Edit
                </Button>
                <Button small variant="danger-outline" aria-label={`Delete ${a.name}`} onClick={() => setOpen({ kind: 'delete', protectedApi: a })}>
                  Delete
                </Button>
              </>
            )),
          ]}
        />
      )}
      <ListFooter loading={list.loading} hasMore={list.hasMore} onMore={list.loadMore} />
      <TryRequest key={rulesVersion} permissions={permissions.data} />
      {(open?.kind === 'new' || open?.kind === 'edit') && (
        <ProtectedApiFormDialog
          protectedApi={open.kind === 'edit' ? open.protectedApi : undefined}
          custom={custom}
          onClose={close}
          onSaved={(saved, created) => {
            if (created) list.reload();
            else list.replace(saved);
            changed(`${saved.name} ${created ? 'added' : 'saved'}.`);
          }}
        />
      )}
      {open?.kind === 'delete' && (
        <DeleteProtectedApiDialog
          protectedApi={open.protectedApi}
          onClose={close}
          onDeleted={() => {
            list.reload();
            changed(`${open.protectedApi.name} deleted.`);
          }}
        />
      )}
    </section>
  );
}

type TryErrors = { method?: string; path?: string; host?: string; other?: unknown };

function tryErrors(err: unknown): TryErrors {
  if (!(err instanceof ApiError) || err.code !== 'validation_error' || err.errors.length === 0) return { other: err };
  const out: TryErrors = {};
  for (const f of err.errors) {
    const field = f.path.split('/')[1];
    if (field === 'path') out.path ??= `The path ${humanMessage(f.message)}.`;
    else if (field === 'host') out.host ??= `The host ${humanMessage(f.message)}.`;
    else if (field === 'method') out.method ??= 'Choose a method from the list.';
    else out.other ??= new Error(err.detail);
  }
  return out;
}

/** "Try a request": method, path and host in; which protected API, rule and permission decide it out (POST /api/protected-apis/match). */
function TryRequest({ permissions }: { permissions: WorkspacePermissions | undefined }) {
  const [method, setMethod] = useState<(typeof REQUEST_METHODS)[number]>('GET');
  const [path, setPath] = useState('');
  const [host, setHost] = useState('');
  const [errors, setErrors] = useState<TryErrors>({});
  const [answer, setAnswer] = useState<{ asked: string; match: RouteMatch } | null>(null);
  const { busy, run } = useAction();

  const submit = (e: Event) => {
    e.preventDefault();
    if (path.trim() === '') {
      setErrors({ path: 'Enter the path of a request, e.g. /invoices/1.' });
      return;
    }
    setErrors({});
    setAnswer(null);
    void run(async () => {
      try {
        const body = { method, path: path.trim(), ...(host.trim() ? { host: host.trim() } : {}) };
        const match = await ok(api.POST('/api/protected-apis/match', { body }));
        setAnswer({ asked: `${method} ${body.path}${body.host ? ` on ${body.host}` : ''}`, match });
      } catch (err) {
        setErrors(tryErrors(err));
      }
    });
  };

  const holders = (permission: string) => [...(permissions?.builtin ?? []), ...(permissions?.custom ?? [])].find((p) => p.name === permission)?.roles ?? [];

  return (
    <section class="prefs-card try-request" aria-labelledby="try-request-title">
      <h2 id="try-request-title">Try a request</h2>
      <p class="muted">See which protected API and rule decide a request, and which permission its key needs, from the rules as saved now.</p>
      <form class="try-form" onSubmit={submit} noValidate>
        <SelectField label="Method" value={method} options={REQUEST_METHODS.map((m) => ({ value: m, label: m }))} onValue={setMethod} />
        <TextField label="Path" value={path} onValue={setPath} error={errors.path} placeholder="/invoices/1" spellcheck={false} autoComplete="off" />
        <TextField
          label="Host (optional)"
          value={host}
          onValue={setHost}
          error={errors.host}
          placeholder="billing.example.com"
          spellcheck={false}
          autoComplete="off"
        />
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Trying…' : 'Try'}
        </Button>
      </form>
      <ErrorAlert error={errors.other} />
      <div class="try-answer" role="status" aria-live="polite">
        {answer &&
          (answer.match.matched ? (
            <p class="alert alert-info">
              <strong>{answer.asked}</strong>: <strong>{answer.match.protected_api_name}</strong> decides it with rule {(answer.match.rule_index ?? 0) + 1} (
              <code>
                {answer.match.rule && methodLabel(answer.match.rule.method)} {answer.match.rule?.path}
              </code>
              ). The key needs <code>{answer.match.permission}</code>
              {answer.match.permission && holders(answer.match.permission).length > 0
                ? `, which ${rolesInWords(holders(answer.match.permission))} hold.`
                : ', which no role holds.'}
            </p>
          ) : (
            <p class="alert alert-warning">
              <strong>{answer.asked}</strong>: no rule matches, so it is refused (<code>{answer.match.code ?? 'route_not_allowed'}</code>).
            </p>
          ))}
      </div>
    </section>
  );
}
