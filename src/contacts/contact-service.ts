import type { Clock } from '../clock.js';
import { fail } from '../errors.js';
import { newId } from '../ids.js';
import type { Principal } from '../principal.js';
import type { Contact, Cursor, Page, Store } from '../store/types.js';

export interface ContactInput {
  name: string;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  notes?: string | null;
  tags?: string[];
}

const clean = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

/** Contacts, always scoped to the caller's workspace: another workspace's id is simply not found. */
export class ContactService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async create(p: Principal, input: ContactInput): Promise<Contact> {
    const now = this.clock.now();
    const contact: Contact = {
      id: newId('con'),
      workspaceId: p.workspace.id,
      name: input.name.trim(),
      email: clean(input.email),
      phone: clean(input.phone),
      company: clean(input.company),
      notes: clean(input.notes),
      tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
      createdAt: now,
      updatedAt: now,
    };
    if (!contact.name) fail('validation_error', 'name must not be blank', { errors: [{ path: '/name', message: 'must not be blank' }] });
    await this.store.contacts.create(contact);
    return contact;
  }

  async get(p: Principal, id: string): Promise<Contact> {
    return (await this.store.contacts.get(p.workspace.id, id)) ?? fail('not_found', 'No such contact');
  }

  list(p: Principal, opts: { q?: string; limit: number; after?: Cursor }): Promise<Page<Contact>> {
    return this.store.contacts.list(p.workspace.id, opts);
  }

  async update(p: Principal, id: string, patch: Partial<ContactInput>): Promise<Contact> {
    const current = await this.get(p, id);
    const next: Contact = {
      ...current,
      name: patch.name !== undefined ? patch.name.trim() : current.name,
      email: patch.email !== undefined ? clean(patch.email) : current.email,
      phone: patch.phone !== undefined ? clean(patch.phone) : current.phone,
      company: patch.company !== undefined ? clean(patch.company) : current.company,
      notes: patch.notes !== undefined ? clean(patch.notes) : current.notes,
      tags: patch.tags !== undefined ? [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))] : current.tags,
      updatedAt: Math.max(this.clock.now(), current.updatedAt),
    };
    if (!next.name) fail('validation_error', 'name must not be blank', { errors: [{ path: '/name', message: 'must not be blank' }] });
    await this.store.contacts.update(next);
    return next;
  }

  async delete(p: Principal, id: string): Promise<void> {
    if (!(await this.store.contacts.delete(p.workspace.id, id))) fail('not_found', 'No such contact');
  }
}
