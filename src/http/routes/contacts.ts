import { NEEDS } from '../../users/permissions.js';
import type { Services } from '../../services.js';
import { contactJson, decodeCursor, listBody } from '../present.js';
import { IdParams, NoContent, ref } from '../schemas/common.js';
import { Contact, ContactCreate, ContactListQuery, ContactPage, ContactPatch } from '../schemas/contacts.js';
import type { App } from '../types.js';
import { principalOf, problemResponses } from '../types.js';

const tags = ['contacts'];
const common = problemResponses([400, 401, 403, 404, 429]);

export function contactRoutes(app: App, { contacts }: Services): void {
  app.get(
    '/api/contacts',
    {
      schema: {
        tags,
        operationId: 'listContacts',
        description:
          "Pages of at most `limit` contacts (default 25), newest first. Pass the previous page's `next_cursor` as `cursor` for the next page; `next_cursor` is null on the last page.",
        summary: 'List contacts, newest first; search name, email and company with q',
        querystring: ContactListQuery,
        response: { 200: ref(ContactPage), ...common },
      },
      config: { auth: 'api', permission: NEEDS['contacts.read'] },
    },
    async (req) => {
      const { limit = 25, cursor, q } = req.query;
      return listBody(await contacts.list(principalOf(req), { q, limit, after: decodeCursor(cursor) }), contactJson);
    },
  );

  app.post(
    '/api/contacts',
    {
      schema: {
        tags,
        operationId: 'createContact',
        description: 'Only `name` is required. Unknown fields are refused (400 validation_error).',
        summary: 'Create a contact',
        body: ContactCreate,
        response: { 201: ref(Contact), ...common },
      },
      config: { auth: 'api', permission: NEEDS['contacts.write'], idempotent: { replay: ref(Contact) } },
    },
    async (req, reply) => {
      const contact = contactJson(await contacts.create(principalOf(req), req.body));
      return reply.code(201).header('location', `/api/contacts/${contact.id}`).send(contact);
    },
  );

  app.get(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        operationId: 'getContact',
        description: "One contact of the caller's workspace; another workspace's id answers 404.",
        summary: 'Get a contact',
        params: IdParams,
        response: { 200: ref(Contact), ...common },
      },
      config: { auth: 'api', permission: NEEDS['contacts.read'] },
    },
    async (req) => contactJson(await contacts.get(principalOf(req), req.params.id)),
  );

  app.patch(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        operationId: 'updateContact',
        description: 'Changes the fields sent (at least one); null clears an optional field.',
        summary: 'Update a contact',
        params: IdParams,
        body: ContactPatch,
        response: { 200: ref(Contact), ...common },
      },
      config: { auth: 'api', permission: NEEDS['contacts.write'] },
    },
    async (req) => contactJson(await contacts.update(principalOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        operationId: 'deleteContact',
        description: 'Deletes the contact for good.',
        summary: 'Delete a contact',
        params: IdParams,
        response: { 204: NoContent, ...common },
      },
      config: { auth: 'api', permission: NEEDS['contacts.delete'] },
    },
    async (req, reply) => {
      await contacts.delete(principalOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
