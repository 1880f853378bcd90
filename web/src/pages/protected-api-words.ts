import { RULE_METHODS } from '../../../src/domain';
import { ApiError, type ProtectedApiRule, type RuleMethod } from '../api';
import { humanMessage } from '../field-errors';

/** The methods a rule may name, `*` first ("Any method"). */
export const METHODS: readonly RuleMethod[] = RULE_METHODS;
/** The methods a request may have, for the "Try a request" box. */
export const REQUEST_METHODS = RULE_METHODS.filter((m): m is Exclude<RuleMethod, '*'> => m !== '*');

export const methodLabel = (m: RuleMethod) => (m === '*' ? 'Any method' : m);

/** A rule as the form edits it: `key` keeps its row (and focus) across reordering. */
export interface RuleDraft extends ProtectedApiRule {
  key: number;
}

export type RuleErrors = Partial<Record<keyof ProtectedApiRule, string>>;

/** A protected-API form's problems, each next to its own field (a rule's under that rule's field); `other` is what belongs to no field. */
export interface ProtectedApiFormErrors {
  name?: string;
  hosts?: string;
  path_prefix?: string;
  rules?: string;
  rule: Record<number, RuleErrors>;
  other?: unknown;
}

export const NO_ERRORS: ProtectedApiFormErrors = { rule: {} };

export const hasErrors = (e: ProtectedApiFormErrors) => !!(e.name || e.hosts || e.path_prefix || e.rules || e.other || Object.keys(e.rule).length > 0);

/** The hosts textarea: one host name per line (commas and spaces separate too), lower case, each once. */
export const hostsOf = (text: string) => [
  ...new Set(
    text
      .split(/[\s,]+/)
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  ),
];

const PATH_WORDS = 'must start with / and name whole segments: * stands for one segment and a final /** for the rest (e.g. /invoices/*)';

function ruleProblem(field: string, message: string): string {
  const pattern = /^must match pattern/.test(message);
  if (field === 'path') return pattern ? `the path pattern ${PATH_WORDS}` : `the path pattern ${humanMessage(message)}`;
  if (field === 'permission') return pattern ? 'the permission must be resource:action, in lower case' : `the permission ${message}`;
  return 'choose a method from the list';
}

/**
 * Splits an API error over the form's fields, so each message shows once, next to what it is about: a
 * rule's problem under that rule's field, naming the rule ("Rule 2: …"), a host's naming its line.
 */
export function protectedApiFormErrors(err: unknown, hosts: readonly string[]): ProtectedApiFormErrors {
  if (!(err instanceof ApiError) || err.code !== 'validation_error' || err.errors.length === 0) return { rule: {}, other: err };
  const out: ProtectedApiFormErrors = { rule: {} };
  let unclaimed = false;
  for (const f of err.errors) {
    const [, field, index, sub] = f.path.split('/');
    const i = Number(index);
    const pattern = /^must match pattern/.test(f.message);
    if (field === 'name') out.name ??= `The name ${humanMessage(f.message)}.`;
    else if (field === 'path_prefix')
      out.path_prefix ??= pattern
        ? 'The path prefix must be / or whole path segments, such as /v1 (no *, no / at the end).'
        : `The path prefix ${humanMessage(f.message)}.`;
    else if (field === 'hosts')
      out.hosts ??= Number.isInteger(i)
        ? `Line ${i + 1}: “${hosts[i] ?? ''}” is not a host name. Write it in lower case, without a port (e.g. billing.example.com).`
        : `The hosts ${humanMessage(f.message)}.`;
    else if (field === 'rules' && Number.isInteger(i) && (sub === 'path' || sub === 'permission' || sub === 'method')) {
      const rule = (out.rule[i] ??= {});
      rule[sub] ??= `Rule ${i + 1}: ${ruleProblem(sub, f.message)}.`;
    } else if (field === 'rules' && index === undefined)
      out.rules ??= /fewer than/.test(f.message)
        ? 'Add at least one rule: a request that no rule matches is refused.'
        : `The rules ${humanMessage(f.message)}.`;
    else unclaimed = true;
  }
  if (unclaimed) out.other = new Error(err.detail);
  return out;
}

/** What the form can tell before asking the server. */
export function checkProtectedApiForm(name: string, rules: readonly ProtectedApiRule[]): ProtectedApiFormErrors {
  const out: ProtectedApiFormErrors = { rule: {} };
  if (name.trim() === '') out.name = 'Enter a name for this API, e.g. Billing API.';
  if (rules.length === 0) out.rules = 'Add at least one rule: a request that no rule matches is refused.';
  rules.forEach((r, i) => {
    if (r.path.trim() === '') out.rule[i] = { path: `Rule ${i + 1}: enter a path pattern, e.g. /invoices/*.` };
  });
  return out;
}

/** "owners, admins and members" */
export function rolesInWords(roles: readonly string[]): string {
  const words = roles.map((r) => `${r}s`);
  return words.length <= 1 ? (words[0] ?? 'nobody') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
