import { Type } from 'typebox';
import { AUDIT_ACTIONS } from '../../audit/audit-service.js';
import { ListQuery, Text, Timestamp, component, literals, nullable, page, ref } from './common.js';

/** Every action the server records (AuditService takes no other), so a client can list and name them all. */
export const AuditAction = component('AuditAction', literals(AUDIT_ACTIONS, { description: 'What happened: one of the actions the server records' }));

export const AuditEvent = component(
  'AuditEvent',
  Type.Object(
    {
      id: Type.String(),
      at: Timestamp,
      action: ref(AuditAction),
      actor: Type.Object({ type: Type.String(), id: nullable(Type.String()) }),
      target: nullable(Type.Object({ type: Type.String(), id: Type.String() })),
      workspace_id: Type.String(),
      ip: nullable(Type.String()),
      user_agent: nullable(Type.String()),
      details: Type.Record(Type.String(), Type.Unknown()),
    },
    {
      examples: [
        {
          id: 'aud_2Gm6vH8kR1',
          at: '2026-06-01T12:00:00.000Z',
          action: 'key.created',
          actor: { type: 'user', id: 'usr_7Hq2mK9xP4' },
          target: { type: 'key', id: 'key_5Nc1pZ7yD3' },
          workspace_id: 'wsp_3Fk8sQ1zN6',
          ip: '203.0.113.7',
          user_agent: 'curl/8.5.0',
          details: { name: 'CI deploys' },
        },
      ],
    },
  ),
);
export const AuditEventPage = page('AuditEventPage', AuditEvent, 'audit events');

/** An actor or target id to filter by: a prefixed id (`usr_…`, `key_…`) or an operator name. */
const AuditId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_:.@-]+$' });
export const AuditQuery = Type.Object(
  {
    ...ListQuery,
    actor: Type.Optional(AuditId),
    action: Type.Optional(Text({ maxLength: 64 })),
    target: Type.Optional(AuditId),
    since: Type.Optional(Type.String({ format: 'date-time' })),
    until: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);

export const components = [AuditAction, AuditEvent, AuditEventPage];
