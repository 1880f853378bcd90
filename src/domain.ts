/**
 * The domain's closed lists, defined once. The store types, the HTTP schemas (and so /openapi.json and
 * the web app's generated types) are all derived from these.
 */
export const ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const KEY_STATUSES = ['active', 'expired', 'revoked'] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];

export const KEY_FLAGS = ['rotation_due', 'unused', 'expiring_soon', 'leaked'] as const;
export type KeyFlag = (typeof KEY_FLAGS)[number];

/** A key's name after trimming: 1 to 100 characters. */
export const KEY_NAME = { minLength: 1, maxLength: 100 } as const;

/** How long an old key keeps working after a roll, in seconds (default one day, at most a week). */
export const ROLL_GRACE_SECONDS = { default: 86_400, maximum: 604_800 } as const;

/** The methods a protected API's rule may name: one of these, or `*` for any. A GET rule also covers HEAD. */
export const RULE_METHODS = ['*', 'GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type RuleMethod = (typeof RULE_METHODS)[number];
