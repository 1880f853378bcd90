import { createRoute, itemRoutes } from '../resource-routes.js';
import type { Services } from '../../services.js';
import { listRoute } from '../list-route.js';
import { contactJson } from '../present.js';
import { Contact, ContactCreate, ContactListQuery, ContactPage, ContactPatch } from '../schemas/contacts.js';
import type { App } from '../types.js';
import { operations, problemResponses } from '../types.js';

const op = operations('contacts', {
  listContacts: {
    summary: 'List contacts, newest first; search name, email and company with q',
    description:
      "Pages of at most `limit` contacts (default 25), newest first. Pass the previous page's `next_cursor` as `cursor` for the next page; `next_cursor` is null on the last page.",
  },
  createContact: { summary: 'Create a contact', description: 'Only `name` is required. Unknown fields are refused (400 validation_error).' },
  getContact: { summary: 'Get a contact', description: "One contact of the caller's workspace; another workspace's id answers 404." },
  updateContact: { summary: 'Update a contact', description: 'Changes the fields sent (at least one); null clears an optional field.' },
  deleteContact: { summary: 'Delete a contact', description: 'Deletes the contact for good.' },
});

/** The problem responses every one of these operations can send. */
const common = problemResponses([400, 401, 403, 404, 429]);

export function contactRoutes(app: App, services: Services): void {
  const { contacts } = services;
  const versioned = { context: services, resources: ['contacts'] } as const;
  listRoute(app, {
    path: '/api/contacts',
    operation: op.listContacts,
    querystring: ContactListQuery,
    page: ContactPage,
    errors: common,
    action: 'contacts.read',
    list: (principal, query, limit, after) => contacts.list(principal, { q: query.q, limit, after }),
    item: contactJson,
    conditional: { ...versioned, may: { type: 'contacts.read' } },
  });

  createRoute(app, {
    path: '/api/contacts',
    operation: op.createContact,
    action: 'contacts.write',
    body: ContactCreate,
    item: Contact,
    errors: common,
    create: (principal, body) => contacts.create(principal, body),
    json: contactJson,
  });

  itemRoutes(app, {
    path: '/api/contacts',
    item: Contact,
    errors: common,
    json: contactJson,
    get: { operation: op.getContact, action: 'contacts.read', run: (principal, id) => contacts.get(principal, id) },
    update: {
      operation: op.updateContact,
      action: 'contacts.write',
      body: ContactPatch,
      run: (principal, id, patch, expected) => contacts.update(principal, id, patch, expected),
    },
    remove: { operation: op.deleteContact, action: 'contacts.delete', run: (principal, id, expected) => contacts.delete(principal, id, expected) },
    conditional: { ...versioned, may: { get: { type: 'contacts.read' }, update: { type: 'contacts.write' }, remove: { type: 'contacts.delete' } } },
  });
}
