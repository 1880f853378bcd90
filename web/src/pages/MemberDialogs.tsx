import { useState } from 'preact/hooks';
import { type Role, type User, api, ok } from '../api';
import type { paths } from '../api-types';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog, DialogActions } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { ROLES } from './roles';
import { useAction } from '../hooks';

interface MemberDialogProps {
  user: User;
  onClose: () => void;
  onSaved: (u: User) => void;
}

type UserChange = NonNullable<paths['/api/users/{id}']['patch']['requestBody']>['content']['application/json'];

/** PATCH /api/users/{id}, keeping the dialog open with the server's explanation when it refuses. */
function usePatchUser(user: User, onSaved: (u: User) => void) {
  const { busy, error, run } = useAction();
  const patch = async (change: UserChange) => {
    await run(async () => {
      onSaved(await ok(api.PATCH('/api/users/{id}', { params: { path: { id: user.id } }, body: change })));
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
        <Field label="Role" hint={ROLES.find((r) => r.value === role)?.summary}>
          {({ id, hintId }) => (
            <select id={id} value={role} aria-describedby={hintId} onChange={(e) => setRole(e.currentTarget.value as Role)} autoFocus>
              {ROLES.filter((r) => canAssignOwner || r.value !== 'owner').map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ErrorAlert error={error} />
        <DialogActions>
          <Button type="submit" variant="primary" disabled={busy || role === user.role}>
            Save role
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function DisableMemberDialog({ user, onClose, onSaved }: MemberDialogProps) {
  const { error, busy, patch } = usePatchUser(user, onSaved);
  return (
    <ConfirmDialog
      title={`Disable ${user.name}?`}
      action="Disable"
      busy={busy}
      error={error}
      onConfirm={() => void patch({ disabled: true })}
      onClose={onClose}
    >
      <p>
        {user.name} ({user.email}) is signed out at once, and every API key they own stops working until you enable them again.
      </p>
    </ConfirmDialog>
  );
}
