import { useState } from 'preact/hooks';
import { type Role, type User, api, ok } from '../api';
import { Dialog, DialogSubmit } from '../components/Dialog';
import { PasswordField, TextField } from '../components/Field';
import { RoleField } from './roles';
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
  const set = (k: keyof typeof form) => (value: string) => setForm({ ...form, [k]: value });

  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      onAdded(await ok(api.POST('/api/users', { body: { ...form, name: form.name.trim(), email: form.email.trim() } })));
    });
  };

  return (
    <Dialog title="Add member" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <TextField label="Name" error={fields.name} required maxLength={200} autoComplete="off" value={form.name} onValue={set('name')} autoFocus />
        <TextField label="Email" error={fields.email} type="email" required maxLength={320} autoComplete="off" value={form.email} onValue={set('email')} />
        <RoleField value={form.role} onValue={set('role')} canAssignOwner={canAddOwner} />
        <PasswordField
          label="Initial password"
          autoComplete="new-password"
          minLength={12}
          hint="At least 12 characters. Share it with them privately."
          error={fields.password}
          value={form.password}
          onValue={set('password')}
        />
        <DialogSubmit error={other} disabled={busy}>
          {busy ? 'Adding…' : 'Add member'}
        </DialogSubmit>
      </form>
    </Dialog>
  );
}
