import type { Clock } from '../clock.js';
import { fail } from '../errors.js';
import { newId } from '../ids.js';
import { type Expected, writeIfUnchanged } from '../preconditions.js';
import type { Principal } from '../principal.js';
import type { Contact, Cursor, Page, Repos, Store } from '../store/types.js';
import { enforce } from '../users/permissions.js';

export interface ContactInput {
  name: string;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  notes?: string | null;
  tags?: string[];
}

const READ = { type: 'contacts.read' } as const;
const WRITE = { type: 'contacts.write' } as const;
const DELETE = { type: 'contacts.delete' } as const;

const clean = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

/** Contacts, always scoped to the caller's workspace: another workspace's id is simply not found. */
export class ContactService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async create(p: Principal, input: ContactInput): Promise<Contact> {
    enforce(p, WRITE);
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
    enforce(p, READ);
    return (await this.store.contacts.get(p.workspace.id, id)) ?? fail('not_found', 'No such contact');
  }

  list(p: Principal, opts: { q?: string; limit: number; after?: Cursor }): Promise<Page<Contact>> {
    enforce(p, READ);
    return this.store.contacts.list(p.workspace.id, opts);
  }

  /** With `expected`, written only while its counters hold (else 412), read and written in one transaction. */
  async update(p: Principal, id: string, patch: Partial<ContactInput>, expected?: Expected): Promise<Contact> {
    enforce(p, WRITE);
    enforce(p, READ);
    return writeIfUnchanged(this.store, p.workspace.id, expected, (repos) => this.write(repos, p, id, patch));
  }

  private async write(repos: Repos, p: Principal, id: string, patch: Partial<ContactInput>): Promise<Contact> {
    const current = (await repos.contacts.get(p.workspace.id, id)) ?? fail('not_found', 'No such contact');
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
    await repos.contacts.update(next);
    return next;
  }

  /** With `expected`, deleted only while its counters hold (else 412). */
  async delete(p: Principal, id: string, expected?: Expected): Promise<void> {
    enforce(p, DELETE);
    const deleted = await writeIfUnchanged(this.store, p.workspace.id, expected, (repos) => repos.contacts.delete(p.workspace.id, id));
    if (!deleted) fail('not_found', 'No such contact');
  }
}
