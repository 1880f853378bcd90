import type { Component } from './common.js';
import { components as account } from './account.js';
import { components as audit } from './audit.js';
import { components as auth } from './auth.js';
import { components as contacts } from './contacts.js';
import { components as keys } from './keys.js';
import { components as notifications } from './notifications.js';
import { components as ops } from './ops.js';
import { components as problem } from './problem.js';
import { components as protectedApis } from './protected-apis.js';
import { components as usage } from './usage.js';
import { components as users } from './users.js';
import { components as webhooks } from './webhooks.js';
import { components as workspace } from './workspace.js';

/**
 * Every named component of the API, registered by openapi.ts (`app.addSchema`, for the serializer and
 * /openapi.json) and by the request validators (for `$ref`s to enums) before any route.
 */
export const COMPONENTS: readonly Component[] = [
  ...problem,
  ...users,
  ...workspace,
  ...auth,
  ...account,
  ...contacts,
  ...keys,
  ...usage,
  ...audit,
  ...notifications,
  ...webhooks,
  ...protectedApis,
  ...ops,
];
