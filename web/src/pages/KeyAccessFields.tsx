import { type CustomGrants, describePermission, isBuiltin, MANAGEMENT_PERMISSIONS, type Permission, keyPermissions, sortPermissions } from '../permissions';
import type { Role } from '../api';

/**
 * What a new key may do, as a person reads it (like Stripe's per-resource grid): "Full access" is the
 * owner's role for contacts, following the role live, and never key, member or audit management; "Custom"
 * picks a contacts level (None/Read/Write/Delete), ticks the workspace's own permissions it needs (e.g.
 * invoices:read, for an API Keyward protects) and opts in to each management permission one by one, each
 * with a sentence on why it matters. Both map to the API's `restriction` (null, or a list).
 */

export type Access = { kind: 'full' } | { kind: 'custom'; contacts: ContactsLevel; management: ReadonlySet<Permission>; workspace?: ReadonlySet<Permission> };
export type ContactsLevel = 'none' | 'read' | 'write' | 'delete';

const CONTACT_LEVELS: { level: ContactsLevel; label: string; grants: Permission[] }[] = [
  { level: 'none', label: 'None', grants: [] },
  { level: 'read', label: 'Read', grants: ['contacts:read'] },
  { level: 'write', label: 'Read and write', grants: ['contacts:read', 'contacts:write'] },
  { level: 'delete', label: 'Read, write and delete', grants: ['contacts:read', 'contacts:write', 'contacts:delete'] },
];

const WHY: Partial<Record<Permission, string>> = {
  'keys:own': 'The key could create, roll and revoke your keys. Only for automation that rotates keys.',
  'keys:admin': 'The key could list and revoke everyone’s keys in this workspace.',
  'users:manage': 'The key could add members and change their roles. Rarely needed by an integration.',
  'audit:read': 'The key could read who did what in this workspace, e.g. for a security tool.',
  'keys:verify': 'The key could ask Keyward whether other keys of this workspace are valid (POST /api/verify): for your own backend.',
};

/** The `restriction` to send: null for full access, else the chosen permissions. */
export function restrictionOf(access: Access): Permission[] | null {
  if (access.kind === 'full') return null;
  const contacts = CONTACT_LEVELS.find((c) => c.level === access.contacts)?.grants ?? [];
  return sortPermissions([...contacts, ...access.management, ...(access.workspace ?? [])]);
}

interface KeyAccessFieldsProps {
  /** The role of the key's owner: yours, or the service account's (`ownerName`) the key is made for. */
  role: Role;
  ownerName?: string;
  held: ReadonlySet<string>;
  /** The workspace's custom permissions and the roles holding each (GET /api/permissions). */
  grants: CustomGrants;
  access: Access;
  onChange: (access: Access) => void;
}

export function KeyAccessFields({ role, ownerName, held, grants, access, onChange }: KeyAccessFieldsProps) {
  const whose = ownerName === undefined ? { label: 'my role', text: 'your role' } : { label: `${ownerName}’s role`, text: `${ownerName}’s role` };
  const full = sortPermissions(keyPermissions(role, null, grants));
  const own = sortPermissions(held).filter((p) => !isBuiltin(p) && Object.hasOwn(grants, p));
  const levels = CONTACT_LEVELS.filter((c) => c.grants.every((p) => held.has(p)));
  const management = sortPermissions(held).filter((p) => MANAGEMENT_PERMISSIONS.has(p));
  const custom = access.kind === 'custom' ? access : null;
  const set = (patch: Partial<Extract<Access, { kind: 'custom' }>>) =>
    onChange({ kind: 'custom', contacts: custom?.contacts ?? 'read', management: custom?.management ?? new Set(), ...patch });

  return (
    <fieldset class="radio-group">
      <legend>What this key can do</legend>
      <label class="radio">
        <input type="radio" name="access" checked={access.kind === 'full'} onChange={() => onChange({ kind: 'full' })} aria-describedby="access-full-hint" />
        Full access (same as {whose.label})
      </label>
      <p id="access-full-hint" class="hint">
        It can {full.map((p) => (isBuiltin(p) ? describePermission(p).toLowerCase() : p)).join(', ') || 'do nothing'}: what {whose.text} ({role}) allows with
        contacts{own.length > 0 ? ' and this workspace’s own permissions' : ''}, following that role if it changes. Full access does <strong>not</strong>{' '}
        include managing API keys, members or the audit log, so a leaked key cannot create keys or change who has access.
      </p>
      <label class="radio">
        <input type="radio" name="access" checked={custom !== null} onChange={() => set({})} aria-describedby="access-custom-hint" />
        Custom
      </label>
      <p id="access-custom-hint" class="hint">
        Choose exactly what it can do, never more than your role allows. Best for an integration that only reads, say.
      </p>
      {custom && (
        <div class="access-grid stack">
          <fieldset class="radio-row">
            <legend>Contacts</legend>
            {levels.map((c) => (
              <label key={c.level} class="radio">
                <input type="radio" name="contacts-level" checked={custom.contacts === c.level} onChange={() => set({ contacts: c.level })} />
                {c.label}
              </label>
            ))}
          </fieldset>
          {own.length > 0 && (
            <fieldset class="stack">
              <legend>This workspace’s permissions</legend>
              {own.map((p) => (
                <label key={p} class="checkbox">
                  <input
                    type="checkbox"
                    checked={custom.workspace?.has(p) ?? false}
                    onChange={(e) => {
                      const next = new Set(custom.workspace);
                      if (e.currentTarget.checked) next.add(p);
                      else next.delete(p);
                      set({ workspace: next });
                    }}
                  />
                  <code>{p}</code>
                </label>
              ))}
            </fieldset>
          )}
          {management.length > 0 && (
            <fieldset class="stack">
              <legend>Management (off unless you tick it)</legend>
              {management.map((p) => (
                <label key={p} class="checkbox checkbox-top">
                  <input
                    type="checkbox"
                    checked={custom.management.has(p)}
                    onChange={(e) => {
                      const next = new Set(custom.management);
                      if (e.currentTarget.checked) next.add(p);
                      else next.delete(p);
                      set({ management: next });
                    }}
                  />
                  <span>
                    {describePermission(p)} <code class="muted small">{p}</code>
                    <span class="hint block">{WHY[p]}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {restrictionOf(custom)?.length === 0 && (
            <p class="alert alert-warning" role="status">
              Choose at least one thing this key can do.
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
