import { describePermission, sortPermissions } from '../permissions';

/** A key's effective permissions, in words, with the `resource:action` name in the tooltip. */
export function PermissionList({ permissions }: { permissions: string[] }) {
  if (permissions.length === 0) return <span class="muted">No permissions (its owner's role grants none of its restriction)</span>;
  return (
    <ul class="perm-list" aria-label="Permissions">
      {sortPermissions(permissions).map((p) => (
        <li key={p}>
          <span class="tag" title={p}>
            {describePermission(p)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A one-line summary for the list: "Read-only", "Full access (contacts)", or "Restricted: …". */
export function permissionSummary(permissions: string[], restricted: boolean): string {
  const ps = sortPermissions(permissions);
  if (ps.length === 1 && ps[0] === 'contacts:read') return 'Read-only: contacts';
  const words = ps.map(describePermission).join(', ');
  return `${restricted ? 'Restricted' : 'Same as role'}: ${words || 'none'}`;
}
