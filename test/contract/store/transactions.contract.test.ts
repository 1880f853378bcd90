import { expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/store/types.js';
import { T0, aContact, aKey, aTenant, describeStore, keyRecord, uid } from './support.js';

const anAuditEvent = (workspaceId: string): AuditEvent => ({
  id: uid('evt'),
  workspaceId,
  at: T0,
  action: 'key.created',
  actorType: 'system',
  actorId: null,
  targetType: null,
  targetId: null,
  ip: null,
  userAgent: null,
  details: {},
});

describeStore('transactions', ({ store }) => {
  it('ping answers on a migrated store', async () => {
    await expect(store().ping()).resolves.toBeUndefined();
  });

  it('everything written in a transaction lands together', async () => {
    const { workspace, owner } = await aTenant(store());
    const k = keyRecord(owner);
    const contactId = uid('con');
    const result = await store().transaction(async (tx) => {
      await tx.keys.create(k);
      await tx.contacts.create({
        id: contactId,
        workspaceId: workspace.id,
        name: 'In a transaction',
        email: null,
        phone: null,
        company: null,
        notes: null,
        tags: [],
        createdAt: T0,
        updatedAt: T0,
      });
      await tx.audit.append(anAuditEvent(workspace.id));
      return 'done';
    });
    expect(result).toBe('done');
    expect(await store().keys.get(workspace.id, k.id)).toEqual(k);
    expect((await store().keys.findByHash(k.keyHash))?.key).toEqual(k);
    expect((await store().contacts.get(workspace.id, contactId))?.name).toBe('In a transaction');
    expect((await store().audit.list({ workspaceId: workspace.id, limit: 10 })).items).toHaveLength(1);
  });

  it('a throw rolls every write back, across repositories, including updates and deletes; the fast reads see none of it', async () => {
    const { workspace, owner } = await aTenant(store());
    const key = await aKey(store(), owner);
    const contact = await aContact(store(), workspace);
    const newKey = keyRecord(owner);
    await expect(
      store().transaction(async (tx) => {
        await tx.keys.create(newKey);
        await tx.keys.update(workspace.id, key.id, { revokedAt: T0, revokedBy: owner.id, revokedReason: 'user' });
        await tx.keys.recordLastUsed([{ keyId: key.id, at: T0 + 5, ip: '192.0.2.5' }]);
        await tx.contacts.update({ ...contact, name: 'Changed' });
        expect((await tx.contacts.get(workspace.id, contact.id))?.name).toBe('Changed');
        await tx.users.update(workspace.id, owner.id, { disabled: true });
        await tx.workspaces.update(workspace.id, { name: 'Changed' });
        await tx.accounts.setPassword(owner.id, 'changed', true);
        await tx.audit.append(anAuditEvent(workspace.id));
        expect(await tx.contacts.delete(workspace.id, contact.id)).toBe(true);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await store().keys.get(workspace.id, newKey.id)).toBeUndefined();
    expect(await store().keys.findByHash(newKey.keyHash)).toBeUndefined();
    expect(await store().keys.findByHash(key.keyHash)).toEqual({
      key,
      user: expect.objectContaining({ id: owner.id, disabled: false }),
      workspace: { id: workspace.id, name: workspace.name, customPermissions: {}, protectedApisVersion: 0 },
    });
    expect(await store().contacts.get(workspace.id, contact.id)).toEqual(contact);
    expect((await store().contacts.list(workspace.id, { limit: 10 })).items).toEqual([contact]);
    expect((await store().accounts.secrets(owner.id))?.passwordHash).toBe(owner.passwordHash);
    expect(await store().audit.list({ workspaceId: workspace.id, limit: 10 })).toEqual({ items: [], next: null });
  });

  it('a statement that fails (a duplicate id) rejects the transaction and rolls back what came before it', async () => {
    const { workspace, owner } = await aTenant(store());
    const existing = await aKey(store(), owner);
    const first = await aContact(store(), workspace, { name: 'Before' });
    await expect(
      store().transaction(async (tx) => {
        await tx.contacts.update({ ...first, name: 'During' });
        await tx.keys.create({ ...keyRecord(owner), id: existing.id });
      }),
    ).rejects.toThrow();
    expect((await store().contacts.get(workspace.id, first.id))?.name).toBe('Before');
    expect(await store().keys.get(workspace.id, existing.id)).toEqual(existing);
  });
});
