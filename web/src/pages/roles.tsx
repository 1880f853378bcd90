import type { Role } from '../api';
import { SelectField } from '../components/Field';

/** What each role may do, for pickers; `Record<Role, …>` fails to compile when the API's roles change. */
const ROLE_TEXT: Record<Role, { label: string; summary: string }> = {
  viewer: { label: 'Viewer', summary: 'reads contacts' },
  member: { label: 'Member', summary: 'reads, adds and edits contacts' },
  admin: { label: 'Admin', summary: 'everything, plus members, all keys and the audit log' },
  owner: { label: 'Owner', summary: 'everything, including managing owners' },
};

/** The roles, least to most powerful. */
const ROLES: { value: Role; label: string; summary: string }[] = (Object.keys(ROLE_TEXT) as Role[]).map((value) => ({ value, ...ROLE_TEXT[value] }));

/** The "Role" picker of a member, what the chosen role may do as its hint; only an owner may give the owner role. */
export function RoleField({
  value,
  onValue,
  canAssignOwner,
  autoFocus,
}: {
  value: Role;
  onValue: (role: Role) => void;
  canAssignOwner: boolean;
  autoFocus?: boolean;
}) {
  return (
    <SelectField
      label="Role"
      hint={ROLES.find((r) => r.value === value)?.summary}
      options={ROLES.filter((r) => canAssignOwner || r.value !== 'owner')}
      value={value}
      onValue={onValue}
      autoFocus={autoFocus}
    />
  );
}
