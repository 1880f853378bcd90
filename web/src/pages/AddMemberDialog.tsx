import { useState } from 'preact/hooks';
import { type Role, type User, api, ok } from '../api';
import { Button } from '../components/Button';
import { Dialog, DialogActions } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { ROLES } from './roles';
import { useAction } from '../hooks';
import { splitErrors } from '../field-errors';

interface AddMemberDialogProps {
  /** Only owners may create owners: an admin never creates or promotes to owner. */
  canAddOwner: boolean;
  onClose: () => void;
  onAdded: (u: User) => void;
}

export function AddMemberDialog({ canAddOwner, onClose, onAdded }: AddMemberDialogProps) {
  const [form, setForm] = useState<{ name: string; email: string; password: string; role: Role }>({ name: '', email: '', password: '', role: 'member' });
  const { busy, error, run } = useAction();
  const { fields, other } = splitErrors(error, {
    name: { label: 'name' },
    email: { label: 'email' },
    password: { label: 'password' },
    role: { label: 'role' },
  });
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      onAdded(await ok(api.POST('/api/users', { body: { ...form, name: form.name.trim(), email: form.email.trim() } })));
    });
  };

  return (
    <Dialog title="Add member" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <Field label="Name" error={fields.name}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              required
              maxLength={200}
              autoComplete="off"
              value={form.name}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={set('name')}
              autoFocus
            />
          )}
        </Field>
        <Field label="Email" error={fields.email}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="email"
              required
              maxLength={320}
              autoComplete="off"
              value={form.email}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={set('email')}
            />
          )}
        </Field>
        <Field label="Role" hint={ROLES.find((r) => r.value === form.role)?.summary}>
          {({ id, hintId }) => (
            <select id={id} value={form.role} aria-describedby={hintId} onChange={set('role')}>
              {ROLES.filter((r) => canAddOwner || r.value !== 'owner').map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Initial password" hint="At least 12 characters. Share it with them privately." error={fields.password}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="password"
              required
              minLength={12}
              autoComplete="new-password"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              value={form.password}
              onInput={set('password')}
            />
          )}
        </Field>
        <ErrorAlert error={other} />
        <DialogActions>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add member'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
