import { useState } from 'preact/hooks';
import { type Role, type User, api, ok } from '../api';
import type { paths } from '../api-types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog, DialogSubmit } from '../components/Dialog';
import { RoleField } from './roles';
import { useAction } from '../hooks';

interface MemberDialogProps {
  user: User;
  onClose: () => void;
  onSaved: (u: User) => void;
}

type UserChange = NonNullable<paths['/api/users/{id}']['patch']['requestBody']>['content']['application/json'];

/** PATCH /api/users/{id}, keeping the dialog open with the server's explanation when it refuses. */
const patchUser = (user: User, change: UserChange) => ok(api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body: change }));

function usePatchUser(user: User, onSaved: (u: User) => void) {
  const { busy, error, run } = useAction();
  const patch = async (change: UserChange) => {
    await run(async () => {
      onSaved(await patchUser(user, change));
    });
  };
  return { error, busy, patch };
}

export function ChangeRoleDialog({ user, canAssignOwner, onClose, onSaved }: MemberDialogProps & { canAssignOwner: boolean }) {
  const [role, setRole] = useState<Role>(user.role);
  const { error, busy, patch } = usePatchUser(user, onSaved);
  const submit = (e: Event) => {
    e.preventDefault();
    void patch({ role });
  };
  return (
    <Dialog title={`Change role of ${user.name}`} onClose={onClose}>
      <form class="stack" onSubmit={submit}>
        <p class="muted">The new role applies at once to {user.name}'s session and to every API key they own.</p>
        <RoleField value={role} onValue={setRole} canAssignOwner={canAssignOwner} autoFocus />
        <DialogSubmit error={error} disabled={busy || role === user.role}>
          Save role
        </DialogSubmit>
      </form>
    </Dialog>
  );
}

export function DisableMemberDialog({ user, onClose, onSaved }: MemberDialogProps) {
  return (
    <ConfirmDialog
      title={`Disable ${user.name}?`}
      action="Disable"
      onConfirm={async () => onSaved(await patchUser(user, { disabled: true }))}
      onClose={onClose}
    >
      <p>
        {user.name} ({user.email}) is signed out at once, and every API key they own stops working until you enable them again.
      </p>
    </ConfirmDialog>
  );
}
