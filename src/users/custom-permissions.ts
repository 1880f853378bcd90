import { type CustomGrants, ROLES, type Role } from '../domain.js';
import { fail } from '../errors.js';

/** A custom permission's name: `resource:action`, lower case, each part 1–32 characters. */
export const CUSTOM_PERMISSION_PATTERN = '^[a-z][a-z0-9_-]{0,31}:[a-z][a-z0-9_-]{0,31}$';
const NAME = new RegExp(CUSTOM_PERMISSION_PATTERN);

/** Keyward's own resources: a workspace cannot define permissions on them. */
export const RESERVED_RESOURCES = ['contacts', 'keys', 'users', 'audit'] as const;

/** How many custom permissions one workspace may define. */
export const MAX_CUSTOM_PERMISSIONS = 100;

/** A workspace with no custom permissions (one frozen object, so per-role sets cached on it are shared). */
export const NO_GRANTS: CustomGrants = Object.freeze({});

/** Why `name` cannot be a custom permission, or undefined when it can. */
export function customNameProblem(name: string): string | undefined {
  if (!NAME.test(name)) return 'must be resource:action in lower case (letters, digits, "_" and "-"; each part 1 to 32 characters, starting with a letter)';
  const resource = name.slice(0, name.indexOf(':'));
  if ((RESERVED_RESOURCES as readonly string[]).includes(resource)) return `"${resource}" is one of Keyward's own resources; choose another name`;
  return undefined;
}

/** Whether `role` holds the custom permission `name` in a workspace with these grants. */
export function holdsCustom(grants: CustomGrants, name: string, role: Role): boolean {
  if (!Object.hasOwn(grants, name)) return false;
  return role === 'owner' || role === 'admin' || grants[name].includes(role);
}

const invalid = (path: string, message: string): never => fail('validation_error', `${path.slice(1)} ${message}`, { errors: [{ path, message }] });

/**
 * A workspace's new grants, checked and normalised (roles deduplicated, in the roles' order; names
 * sorted): every name a custom permission outside Keyward's own resources, every list a set of roles
 * that includes owner and admin. A 400 names the first offending field.
 */
export function checkGrants(input: Readonly<Record<string, readonly string[]>>): CustomGrants {
  const names = Object.keys(input).sort();
  if (names.length > MAX_CUSTOM_PERMISSIONS) invalid('/', `may define at most ${MAX_CUSTOM_PERMISSIONS} custom permissions`);
  const out: Record<string, readonly Role[]> = {};
  for (const name of names) {
    const path = `/${name}`;
    const problem = customNameProblem(name);
    if (problem) invalid(path, problem);
    const roles = input[name];
    roles.forEach((role, i) => {
      if (!(ROLES as readonly string[]).includes(role)) invalid(`${path}/${i}`, `must be one of ${ROLES.join(', ')}`);
    });
    if (!roles.includes('owner') || !roles.includes('admin')) invalid(path, 'must include owner and admin (they hold every custom permission)');
    out[name] = Object.freeze(ROLES.filter((r) => roles.includes(r)));
  }
  return Object.freeze(out);
}

/** The stored form (`workspaces.custom_permissions`): JSON, names sorted. */
export function grantsToText(grants: CustomGrants): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(grants)
        .sort()
        .map((name) => [name, grants[name]]),
    ),
  );
}

/** Parsed texts, so every read of the same stored value yields the same frozen object (and its cached role sets). */
const PARSED = new Map<string, CustomGrants>();
const MAX_PARSED = 1_000;

/**
 * The stored grants. Anything that is not a well-formed grants object (written by hand, say) grants
 * nothing beyond the built-in permissions, rather than failing every request of the workspace.
 */
export function grantsFromText(text: string | null | undefined): CustomGrants {
  if (!text || text === '{}') return NO_GRANTS;
  let grants = PARSED.get(text);
  if (grants === undefined) {
    grants = parseStored(text);
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(text, grants);
  }
  return grants;
}

function parseStored(text: string): CustomGrants {
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_GRANTS;
    const out: Record<string, readonly Role[]> = {};
    for (const [name, roles] of Object.entries(raw)) {
      if (customNameProblem(name) || !Array.isArray(roles)) continue;
      out[name] = Object.freeze(ROLES.filter((r) => roles.includes(r)));
    }
    return Object.freeze(out);
  } catch {
    return NO_GRANTS;
  }
}
