import type { Role } from '../api';

/** What each role may do, for pickers; `Record<Role, …>` fails to compile when the API's roles change. */
const ROLE_TEXT: Record<Role, { label: string; summary: string }> = {
  viewer: { label: 'Viewer', summary: 'reads contacts' },
  member: { label: 'Member', summary: 'reads, adds and edits contacts' },
  admin: { label: 'Admin', summary: 'everything, plus members, all keys and the audit log' },
  owner: { label: 'Owner', summary: 'everything, including managing owners' },
};

/** The roles, least to most powerful. */
export const ROLES: { value: Role; label: string; summary: string }[] = (Object.keys(ROLE_TEXT) as Role[]).map((value) => ({ value, ...ROLE_TEXT[value] }));
