/**
 * The domain's closed lists, defined once. The store types, the HTTP schemas (and so /openapi.json and
 * the web app's generated types) are all derived from these.
 */
export const ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a user is: a `person` signs in with a password; a `service` account (an integration's identity) has
 * a name and a role, no email, no password, never signs in and never gets email. Its keys are managed by
 * the workspace's owners and admins, so no person's departure affects them.
 */
export const USER_KINDS = ['person', 'service'] as const;
export type UserKind = (typeof USER_KINDS)[number];

export const KEY_STATUSES = ['active', 'expired', 'revoked'] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];

export const KEY_FLAGS = ['rotation_due', 'unused', 'expiring_soon', 'leaked'] as const;
export type KeyFlag = (typeof KEY_FLAGS)[number];

/** A key's name after trimming: 1 to 100 characters. */
export const KEY_NAME = { minLength: 1, maxLength: 100 } as const;

/** How long an old key keeps working after a roll, in seconds (default one day, at most a week). */
export const ROLL_GRACE_SECONDS = { default: 86_400, maximum: 604_800 } as const;

/**
 * A workspace's own permissions (`resource:action`, e.g. `invoices:read`) and the roles that hold each.
 * Owners and admins hold every one; the list says which of member and viewer also do.
 */
export type CustomGrants = Readonly<Record<string, readonly Role[]>>;
/** The methods a protected API's rule may name: one of these, or `*` for any. A GET rule also covers HEAD. */
export const RULE_METHODS = ['*', 'GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type RuleMethod = (typeof RULE_METHODS)[number];
