import { useState } from 'preact/hooks';
import { customNameProblem } from '../../../src/users/custom-permissions';
import { ApiError, type Role, type WorkspacePermissions, api, ok } from '../api';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DataTable, actionsColumn } from '../components/DataTable';
import { PageStatus } from '../components/ErrorAlert';
import { TextField } from '../components/Field';
import { PageHeader } from '../components/PageHeader';
import { capitalize } from '../format';
import { useAction, useLoad, useTitle } from '../hooks';
import '../styles/protect.css';

type Custom = WorkspacePermissions['custom'][number];
type Grants = Record<string, Role[]>;

/** Owners and admins hold every custom permission; the workspace says which of the other roles also do. */
const ALWAYS: readonly Role[] = ['owner', 'admin'];
const CHOOSABLE: readonly Role[] = ['member', 'viewer'];

const grantsOf = (custom: readonly Custom[]): Grants => Object.fromEntries(custom.map((c) => [c.name, [...c.roles]]));

/** The server's words for a refused name ("must be resource:action…"), as a sentence about the field. */
const nameSentence = (name: string, problem: string) => (problem.startsWith('"') ? `${problem}.` : `“${name}” ${problem}.`);

/**
 * Settings → Permissions (owners and admins): the workspace's own permissions (`invoices:read`, …) that
 * protected APIs' rules and keys' restrictions name, and which roles hold each. Every change is saved at
 * once with PUT /api/permissions/grants.
 */
export function PermissionsPage() {
  useTitle('Permissions');
  const loaded = useLoad(() => ok(api.GET('/api/permissions')), []);
  const custom = loaded.data?.custom ?? [];
  const { busy, error, run } = useAction();
  const [notice, setNotice] = useState('');
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [removing, setRemoving] = useState<string | null>(null);

  /** Saves the whole set of grants; `said` is the notice that says what changed. */
  const save = (grants: Grants, said: string) =>
    run(async () => {
      loaded.set(await ok(api.PUT('/api/permissions/grants', { body: grants })));
      setNotice(said);
    });

  const toggle = (c: Custom, role: Role, on: boolean) => {
    const roles = on ? [...c.roles, role] : c.roles.filter((r) => r !== role);
    void save({ ...grantsOf(custom), [c.name]: roles }, `${capitalize(role)}s ${on ? 'now hold' : 'no longer hold'} ${c.name}.`);
  };

  const add = async (e: Event) => {
    e.preventDefault();
    const wanted = name.trim();
    const problem = wanted === '' ? 'enter' : customNameProblem(wanted);
    if (problem === 'enter') return setNameError('Enter a permission such as invoices:read.');
    if (problem) return setNameError(nameSentence(wanted, problem));
    if (custom.some((c) => c.name === wanted)) return setNameError(`${wanted} is already one of this workspace’s permissions.`);
    setNameError(undefined);
    await run(async () => {
      try {
        loaded.set(await ok(api.PUT('/api/permissions/grants', { body: { ...grantsOf(custom), [wanted]: [...ALWAYS] } })));
        setName('');
        setNotice(`${wanted} added: owners and admins hold it. Tick the other roles that should.`);
      } catch (err) {
        const field = err instanceof ApiError ? err.errors.find((f) => f.path.startsWith(`/${wanted}`)) : undefined;
        if (!field) throw err;
        setNameError(nameSentence(wanted, field.message));
      }
    });
  };

  return (
    <section>
      <PageHeader eyebrow="Settings" title="Permissions">
        Your own permissions, written <code>resource:action</code> (e.g. <code>invoices:read</code>), for the APIs Keyward protects: a protected API’s rules
        name them, and a key can be restricted to them. Owners and admins hold every one; choose which other roles do.
      </PageHeader>
      <PageStatus error={error ?? loaded.error} notice={notice} />
      {loaded.data && custom.length === 0 && (
        <div class="empty">
          <p>
            <strong>No permissions of your own yet.</strong>
          </p>
          <p class="muted">Add one below, then name it in a protected API’s rules.</p>
        </div>
      )}
      {custom.length > 0 && (
        <DataTable
          rows={custom}
          rowKey={(c) => c.name}
          rowAttrs={(c) => ({ 'data-permission': c.name })}
          tableClass="grants-table"
          caption="Which roles hold each permission"
          captionClass="visually-hidden"
          columns={[
            { label: 'Permission', cell: (c) => <code>{c.name}</code> },
            ...[...ALWAYS, ...CHOOSABLE].map((role) => ({
              label: capitalize(role),
              class: 'grant-cell',
              cell: (c: Custom) => (
                <label class="checkbox grant-choice">
                  <input
                    type="checkbox"
                    checked={ALWAYS.includes(role) || c.roles.includes(role)}
                    disabled={ALWAYS.includes(role) || busy}
                    onChange={(e) => toggle(c, role, e.currentTarget.checked)}
                  />
                  <span class="visually-hidden">
                    {capitalize(role)}s hold {c.name}
                  </span>
                </label>
              ),
            })),
            actionsColumn((c: Custom) => (
              <Button small variant="danger-outline" aria-label={`Remove ${c.name}`} disabled={busy} onClick={() => setRemoving(c.name)}>
                Remove
              </Button>
            )),
          ]}
        />
      )}
      <form class="prefs-card add-permission" onSubmit={add} noValidate>
        <h2>Add a permission</h2>
        <div class="add-permission-row">
          <TextField
            label="New permission"
            hint="resource:action in lower case, e.g. invoices:read. Keyward’s own resources (contacts, keys, users, audit) are taken."
            value={name}
            onValue={setName}
            error={nameError}
            spellcheck={false}
            autoComplete="off"
            autoCapitalize="none"
          />
          <Button type="submit" variant="primary" disabled={busy || !loaded.data}>
            Add permission
          </Button>
        </div>
      </form>
      {removing && (
        <ConfirmDialog
          title="Remove permission"
          action="Remove permission"
          busyLabel="Removing…"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            const { [removing]: _gone, ...rest } = grantsOf(custom);
            await ok(api.PUT('/api/permissions/grants', { body: rest })).then(loaded.set);
            setNotice(`${removing} removed.`);
            setRemoving(null);
          }}
        >
          <p>
            Remove <code>{removing}</code>?
          </p>
          <p>
            From the next request on no role holds it: a protected API’s rule that names it refuses every key, and keys restricted to it lose it. You can add it
            again later.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
