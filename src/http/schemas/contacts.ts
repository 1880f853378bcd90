import { Type } from 'typebox';
import { ListQuery, MultilineText, Text, Timestamp, component, nullable, page } from './common.js';

const ContactIn = {
  name: Text({ minLength: 1, maxLength: 200 }),
  email: Type.Optional(nullable(Text({ maxLength: 320 }))),
  phone: Type.Optional(nullable(Text({ maxLength: 50 }))),
  company: Type.Optional(nullable(Text({ maxLength: 200 }))),
  notes: Type.Optional(nullable(MultilineText({ maxLength: 10_000 }))),
  tags: Type.Optional(Type.Array(Text({ minLength: 1, maxLength: 50 }), { maxItems: 50 })),
};
export const ContactCreate = Type.Object(ContactIn, { additionalProperties: false });
export const ContactPatch = Type.Object({ ...ContactIn, name: Type.Optional(ContactIn.name) }, { additionalProperties: false, minProperties: 1 });
export const ContactListQuery = Type.Object({ ...ListQuery, q: Type.Optional(Text({ maxLength: 200 })) }, { additionalProperties: false });

export const Contact = component(
  'Contact',
  Type.Object(
    {
      id: Type.String(),
      name: Type.String(),
      email: nullable(Type.String()),
      phone: nullable(Type.String()),
      company: nullable(Type.String()),
      notes: nullable(Type.String()),
      tags: Type.Array(Type.String()),
      created_at: Timestamp,
      updated_at: Timestamp,
    },
    {
      examples: [
        {
          id: 'con_9Lr4tW2bV8',
          name: 'Grace Hopper',
          email: 'grace@example.com',
          phone: null,
          company: 'Navy',
          notes: null,
          tags: ['vip'],
          created_at: '2026-06-01T12:00:00.000Z',
          updated_at: '2026-06-01T12:00:00.000Z',
        },
      ],
    },
  ),
);
export const ContactPage = page('ContactPage', Contact, 'contacts');

export const components = [Contact, ContactPage];
