import { describe, expect, it } from 'vitest';
import { grantsOf, keyPermissions, sortPermissions } from '../../web/src/permissions.js';

/** What the New API Key dialog shows and sends about a workspace's own permissions. */
describe('the web app’s permission words', () => {
  it('keeps Keyward’s order, then the workspace’s custom permissions by name', () => {
    expect(sortPermissions(['reports:export', 'contacts:write', 'invoices:read', 'contacts:read'])).toEqual([
      'contacts:read',
      'contacts:write',
      'invoices:read',
      'reports:export',
    ]);
  });

  it('reads GET /api/permissions into the grants the server’s table takes: full access follows them', () => {
    const grants = grantsOf([
      { name: 'invoices:read', roles: ['owner', 'admin', 'member'] },
      { name: 'reports:export', roles: ['owner', 'admin'] },
    ]);
    expect(sortPermissions(keyPermissions('member', null, grants))).toEqual(['contacts:read', 'contacts:write', 'invoices:read']);
    expect(sortPermissions(keyPermissions('admin', null, grants))).toEqual([
      'contacts:read',
      'contacts:write',
      'contacts:delete',
      'invoices:read',
      'reports:export',
    ]);
  });
});
