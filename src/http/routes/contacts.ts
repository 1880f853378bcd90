import type { Services } from '../../services.js';
import { listRoute } from '../list-route.js';
import { contactJson, created } from '../present.js';
import { IdParams, NoContent, ref } from '../schemas/common.js';
import { Contact, ContactCreate, ContactListQuery, ContactPage, ContactPatch } from '../schemas/contacts.js';
import type { App } from '../types.js';
import { apiAuth, operations, principalOf, problemResponses } from '../types.js';

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

export function contactRoutes(app: App, { contacts }: Services): void {
  listRoute(app, {
    path: '/api/contacts',
    operation: op.listContacts,
    querystring: ContactListQuery,
    page: ContactPage,
    errors: common,
    action: 'contacts.read',
    list: (principal, query, limit, after) => contacts.list(principal, { q: query.q, limit, after }),
    item: contactJson,
  });

  app.post(
    '/api/contacts',
    {
      schema: { ...op.createContact, body: ContactCreate, response: { 201: ref(Contact), ...common } },
      config: { ...apiAuth('contacts.write'), idempotent: { replay: ref(Contact) } },
    },
    async (req, reply) => created(reply, '/api/contacts', contactJson(await contacts.create(principalOf(req), req.body))),
  );

  app.get(
    '/api/contacts/:id',
    { schema: { ...op.getContact, params: IdParams, response: { 200: ref(Contact), ...common } }, config: apiAuth('contacts.read') },
    async (req) => contactJson(await contacts.get(principalOf(req), req.params.id)),
  );

  app.patch(
    '/api/contacts/:id',
    {
      schema: { ...op.updateContact, params: IdParams, body: ContactPatch, response: { 200: ref(Contact), ...common } },
      config: apiAuth('contacts.write'),
    },
    async (req) => contactJson(await contacts.update(principalOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/contacts/:id',
    {
      schema: { ...op.deleteContact, params: IdParams, response: { 204: NoContent, ...common } },
      config: apiAuth('contacts.delete'),
    },
    async (req, reply) => {
      await contacts.delete(principalOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
