import { useEffect, useId, useState } from 'preact/hooks';
import { type ProtectedApi, type ProtectedApiRule, type RuleMethod, api, ok } from '../api';
import type { paths } from '../api-types';
import { Button } from '../components/Button';
import { DeleteDialog } from '../components/ConfirmDialog';
import { Dialog, SaveSubmit } from '../components/Dialog';
import { Field, TextField } from '../components/Field';
import { PERMISSIONS, describePermission } from '../permissions';
import { linkClick } from '../router';
import {
  METHODS,
  NO_ERRORS,
  type ProtectedApiFormErrors,
  type RuleDraft,
  type RuleErrors,
  checkProtectedApiForm,
  hasErrors,
  hostsOf,
  methodLabel,
  protectedApiFormErrors,
} from './protected-api-words';

/** What PATCH /api/protected-apis/{id} takes: only the fields that changed are sent. */
type ProtectedApiChange = NonNullable<paths['/api/protected-apis/{id}']['patch']['requestBody']>['content']['application/json'];

interface FormProps {
  /** The API being edited; absent for a new one. */
  protectedApi?: ProtectedApi;
  /** The workspace's custom permissions (names), offered in each rule's permission list before Keyward's own. */
  custom: readonly string[];
  onClose: () => void;
  onSaved: (saved: ProtectedApi, created: boolean) => void;
}

let nextKey = 0;
const draft = (r: ProtectedApiRule): RuleDraft => ({ key: ++nextKey, method: r.method, path: r.path, permission: r.permission });
const plain = (rules: readonly RuleDraft[]): ProtectedApiRule[] => rules.map(({ method, path, permission }) => ({ method, path: path.trim(), permission }));

/**
 * Add or edit a protected API: its name, the hosts and path prefix that select it, and its rules in
 * order (the first that matches a request decides). Every problem is shown once, next to its field — a
 * rule's under that rule's field, naming the rule.
 */
export function ProtectedApiFormDialog({ protectedApi, custom, onClose, onSaved }: FormProps) {
  const firstPermission = custom[0] ?? 'contacts:read';
  const [name, setName] = useState(protectedApi?.name ?? '');
  const [hostsText, setHostsText] = useState((protectedApi?.hosts ?? []).join('\n'));
  const [prefix, setPrefix] = useState(protectedApi?.path_prefix ?? '/');
  const [rules, setRules] = useState<RuleDraft[]>(() => (protectedApi?.rules ?? [{ method: 'GET', path: '', permission: firstPermission }]).map(draft));
  const [errors, setErrors] = useState<ProtectedApiFormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  /** The control to focus once the rule list has been drawn again (after adding, moving or removing a rule). */
  const [focus, setFocus] = useState<string | null>(null);
  const formId = useId();
  const rulesHintId = useId();

  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const controlId = (key: number, part: string) => `${formId}-rule-${key}-${part}`;
  const change = (key: number, patch: Partial<ProtectedApiRule>) => setRules((prev) => prev.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (from: number, by: -1 | 1) => {
    const to = from + by;
    const next = [...rules];
    [next[from], next[to]] = [next[to], next[from]];
    setRules(next);
    // Keep the focus on the button pressed, in the row it moved; at the end of the list, on the other one.
    const atEnd = to === 0 || to === next.length - 1;
    setFocus(controlId(next[to].key, atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'));
    setErrors(NO_ERRORS);
  };
  const remove = (index: number) => {
    const next = rules.filter((_, i) => i !== index);
    setRules(next);
    setFocus(next.length === 0 ? `${formId}-add` : controlId(next[Math.min(index, next.length - 1)].key, 'remove'));
    setErrors(NO_ERRORS);
  };
  const add = () => {
    const r = draft({ method: 'GET', path: '', permission: firstPermission });
    setRules([...rules, r]);
    setFocus(controlId(r.key, 'method'));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const sent = plain(rules);
    const found = checkProtectedApiForm(name, sent);
    setErrors(found);
    if (hasErrors(found)) return;
    const hosts = hostsOf(hostsText);
    setHostsText(hosts.join('\n'));
    setBusy(true);
    try {
      if (protectedApi) {
        const body: ProtectedApiChange = {};
        if (name.trim() !== protectedApi.name) body.name = name.trim();
        if (hosts.join() !== protectedApi.hosts.join()) body.hosts = hosts;
        if (prefix !== protectedApi.path_prefix) body.path_prefix = prefix;
        if (JSON.stringify(sent) !== JSON.stringify(protectedApi.rules)) body.rules = sent;
        const saved =
          Object.keys(body).length === 0 ? protectedApi : await ok(api.PATCH('/api/protected-apis/{id}', { params: { path: { id: protectedApi.id } }, body }));
        onSaved(saved, false);
      } else {
        onSaved(await ok(api.POST('/api/protected-apis', { body: { name: name.trim(), hosts, path_prefix: prefix, rules: sent } })), true);
      }
    } catch (err) {
      setErrors(protectedApiFormErrors(err, hosts));
      setBusy(false);
    }
  };

  return (
    <Dialog title={protectedApi ? `Edit ${protectedApi.name}` : 'Add protected API'} onClose={onClose} class="dialog-wide protected-api-dialog">
      <form class="stack" onSubmit={submit} noValidate>
        <TextField label="Name" value={name} onValue={setName} error={errors.name} maxLength={200} autoComplete="off" autoFocus />
        <div class="grid-2 protected-api-selects">
          <Field label="Hosts (optional)" hint="One per line, e.g. billing.example.com. Leave empty for any host." error={errors.hosts}>
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                rows={2}
                spellcheck={false}
                autoComplete="off"
                value={hostsText}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onInput={(e) => setHostsText(e.currentTarget.value)}
              />
            )}
          </Field>
          <TextField
            label="Path prefix"
            hint="Requests under this path belong to this API, e.g. /v1. The longest matching prefix wins."
            value={prefix}
            onValue={setPrefix}
            error={errors.path_prefix}
            spellcheck={false}
            autoComplete="off"
          />
        </div>
        <fieldset class="radio-group rule-table" aria-describedby={rulesHintId}>
          <legend>Rules</legend>
          <p class="hint" id={rulesHintId}>
            Tried in order: the first rule whose method and path match decides which permission the key needs. A request no rule matches is refused. In a path,{' '}
            <code>*</code> is one segment and a final <code>/**</code> the rest.
          </p>
          {errors.rules && (
            <p class="field-error" role="alert">
              {errors.rules}
            </p>
          )}
          <ol class="rule-list">
            {rules.map((r, i) => (
              <RuleRow
                key={r.key}
                rule={r}
                index={i}
                count={rules.length}
                custom={custom}
                errors={errors.rule[i] ?? {}}
                idOf={(part) => controlId(r.key, part)}
                onChange={(patch) => change(r.key, patch)}
                onMove={(by) => move(i, by)}
                onRemove={() => remove(i)}
              />
            ))}
          </ol>
          <div>
            <Button small id={`${formId}-add`} onClick={add} disabled={rules.length >= 100}>
              Add rule
            </Button>
          </div>
          <p class="hint">
            Your own permissions, such as <code>invoices:read</code>, are defined under{' '}
            <a href="/settings/permissions" onClick={linkClick}>
              Settings → Permissions
            </a>
            .
          </p>
        </fieldset>
        <SaveSubmit error={errors.other} busy={busy} editing={protectedApi !== undefined} add="Add protected API" />
      </form>
    </Dialog>
  );
}

interface RuleRowProps {
  rule: RuleDraft;
  index: number;
  count: number;
  custom: readonly string[];
  errors: RuleErrors;
  idOf: (part: string) => string;
  onChange: (patch: Partial<ProtectedApiRule>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One rule: method, path pattern and permission, each labelled and with its own error, and the buttons that move or remove it. */
function RuleRow({ rule, index, count, custom, errors, idOf, onChange, onMove, onRemove }: RuleRowProps) {
  const n = index + 1;
  const titleId = idOf('title');
  const unknown = !custom.includes(rule.permission) && !(PERMISSIONS as readonly string[]).includes(rule.permission);
  const described = (part: 'path' | 'permission') => (errors[part] ? `${idOf(part)}-error` : undefined);
  return (
    <li class="rule-item">
      <div class="rule-row" role="group" aria-labelledby={titleId}>
        <span class="rule-number" id={titleId}>
          Rule {n}
        </span>
        <div class="field rule-method">
          <label for={idOf('method')}>Method</label>
          <select id={idOf('method')} value={rule.method} onChange={(e) => onChange({ method: e.currentTarget.value as RuleMethod })}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {methodLabel(m)}
              </option>
            ))}
          </select>
        </div>
        <div class="field rule-path">
          <label for={idOf('path')}>Path pattern</label>
          <input
            id={idOf('path')}
            value={rule.path}
            placeholder="/invoices/*"
            spellcheck={false}
            autoComplete="off"
            aria-invalid={errors.path ? true : undefined}
            aria-describedby={described('path')}
            onInput={(e) => onChange({ path: e.currentTarget.value })}
          />
          {errors.path && (
            <p class="field-error" id={`${idOf('path')}-error`} role="alert">
              {errors.path}
            </p>
          )}
        </div>
        <div class="field rule-permission">
          <label for={idOf('permission')}>Permission</label>
          <select
            id={idOf('permission')}
            value={rule.permission}
            aria-invalid={errors.permission ? true : undefined}
            aria-describedby={described('permission')}
            onChange={(e) => onChange({ permission: e.currentTarget.value })}
          >
            {custom.length > 0 && (
              <optgroup label="This workspace’s permissions">
                {custom.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label="Keyward’s permissions">
              {PERMISSIONS.map((p) => (
                <option key={p} value={p}>
                  {p} ({describePermission(p).toLowerCase()})
                </option>
              ))}
            </optgroup>
            {unknown && (
              <optgroup label="Not defined in this workspace">
                <option value={rule.permission}>{rule.permission}</option>
              </optgroup>
            )}
          </select>
          {errors.permission && (
            <p class="field-error" id={`${idOf('permission')}-error`} role="alert">
              {errors.permission}
            </p>
          )}
          {unknown && !errors.permission && <p class="hint warn-text">No role holds it until it is defined under Settings → Permissions.</p>}
        </div>
        <div class="rule-actions">
          <Button small id={idOf('up')} aria-label={`Move rule ${n} up`} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑<span class="rule-action-word"> Up</span>
          </Button>
          <Button small id={idOf('down')} aria-label={`Move rule ${n} down`} disabled={index === count - 1} onClick={() => onMove(1)}>
            ↓<span class="rule-action-word"> Down</span>
          </Button>
          <Button small variant="danger-outline" id={idOf('remove')} aria-label={`Remove rule ${n}`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
    </li>
  );
}

/** Confirms a delete by naming the API and saying what its rules stop covering; Cancel has the focus. */
export function DeleteProtectedApiDialog({ protectedApi, onClose, onDeleted }: { protectedApi: ProtectedApi; onClose: () => void; onDeleted: () => void }) {
  return (
    <DeleteDialog path="/api/protected-apis/{id}" id={protectedApi.id} title="Delete protected API" action="Delete API" onDeleted={onDeleted} onClose={onClose}>
      <p>
        Delete <strong>{protectedApi.name}</strong> and its {protectedApi.rules.length === 1 ? 'rule' : `${protectedApi.rules.length} rules`}?
      </p>
      <p>
        From the next request on, forward-auth and the verify API refuse every request it covered (<code>route_not_allowed</code>), unless another protected API
        matches it. This cannot be undone.
      </p>
    </DeleteDialog>
  );
}
