import type { Role } from '../api';

/** The roles of SPEC §1, with what each may do, for pickers. */
export const ROLES: { value: Role; label: string; summary: string }[] = [
  { value: 'viewer', label: 'Viewer', summary: 'reads contacts' },
  { value: 'member', label: 'Member', summary: 'reads, adds and edits contacts' },
  { value: 'admin', label: 'Admin', summary: 'everything, plus members, all keys and the audit log' },
  { value: 'owner', label: 'Owner', summary: 'everything, including managing owners' },
];
