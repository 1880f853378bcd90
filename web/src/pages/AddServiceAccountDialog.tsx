import { useState } from 'preact/hooks';
import { type Role, type User, api, ok } from '../api';
import { Dialog, DialogSubmit } from '../components/Dialog';
import { TextField } from '../components/Field';
import { splitErrors } from '../field-errors';
import { useAction } from '../hooks';
import { RoleField } from './roles';

interface AddServiceAccountDialogProps {
  /** Only owners may create owner-role accounts. */
  canAddOwner: boolean;
  onClose: () => void;
  onAdded: (u: User) => void;
}

/** "Add service account": a name and a role; no email, no password (it never signs in, its keys do the work). */
export function AddServiceAccountDialog({ canAddOwner, onClose, onAdded }: AddServiceAccountDialogProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const { busy, error, run } = useAction();
  const { fields, other } = splitErrors(error, { name: { label: 'name' }, role: { label: 'role' } });

  const submit = async (e: Event) => {
    e.preventDefault();
    await run(async () => {
      onAdded(await ok(api.POST('/api/users', { body: { kind: 'service', name: name.trim(), role } })));
    });
  };

  return (
    <Dialog title="Add service account" onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <p class="muted">
          An account for an integration: it never signs in, and its API keys keep working whoever leaves the team. Owners and admins make and roll its keys.
        </p>
        <TextField
          label="Name"
          hint='What uses it, e.g. "Billing sync".'
          error={fields.name}
          required
          maxLength={200}
          autoComplete="off"
          value={name}
          onValue={setName}
          autoFocus
        />
        <RoleField value={role} onValue={setRole} canAssignOwner={canAddOwner} />
        <DialogSubmit error={other} disabled={busy}>
          {busy ? 'Adding…' : 'Add service account'}
        </DialogSubmit>
      </form>
    </Dialog>
  );
}
