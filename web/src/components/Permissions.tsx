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

/** A short summary for the list, by resource: "contacts: read, write · audit: read", the words in the tooltip. */
export function permissionSummary(permissions: string[]): string {
  const byResource = new Map<string, string[]>();
  for (const p of sortPermissions(permissions)) {
    const [resource, action] = p.split(':');
    byResource.set(resource, [...(byResource.get(resource) ?? []), action]);
  }
  return [...byResource].map(([r, actions]) => `${r}: ${actions.join(', ')}`).join(' · ') || 'nothing';
}
