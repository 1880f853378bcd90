import { Command, InvalidArgumentError } from 'commander';
import { iso } from '../dates.js';
import { fail } from '../errors.js';
import type { KeyView } from '../keys/key-view.js';
import { asOperator, userByEmail, userById, withServices } from './context.js';
import { formatTable, printable } from './table.js';

/** What `keys create` gives without --expires-in-days: the web app's default, and the docs' advice. */
export const DEFAULT_EXPIRY_DAYS = 90;

const HEADER = ['id', 'name', 'hint', 'status', 'owner', 'created', 'last used', 'expires'];

/** The format of `keys list --tsv` (the only one before the aligned table): kept for scripts. */
function keysTsv(views: readonly KeyView[]): string {
  const t = (ms: number | null) => (ms === null ? 'never' : iso(ms));
  const rows = views.map(({ record: k, status, owner }) => [k.id, k.name, k.hint, status, owner.email ?? '', t(k.createdAt), t(k.lastUsedAt), t(k.expiresAt)]);
  return [HEADER, ...rows].map((r) => `${r.map((c) => printable(c).replaceAll('\t', ' ')).join('\t')}\n`).join('');
}

/** Aligned columns for people, times to the minute in UTC. */
function keysTable(views: readonly KeyView[]): string {
  const t = (ms: number | null) => (ms === null ? 'never' : `${iso(ms).slice(0, 16).replace('T', ' ')}Z`);
  const rows = views.map(({ record: k, status, owner }) => [k.id, k.name, k.hint, status, owner.email ?? '', t(k.createdAt), t(k.lastUsedAt), t(k.expiresAt)]);
  return formatTable([HEADER, ...rows]);
}

const days = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 366) throw new InvalidArgumentError('must be a whole number of days from 1 to 366');
  return n;
};

export function keyCommands(): Command {
  const keys = new Command('keys').description('Manage API keys from the console');

  keys
    .command('create')
    .description('Create a key for a user or a service account; the key is printed once')
    .option('--user <email>', 'owner of the key (a person)')
    .option('--user-id <id>', 'owner of the key by id (usr_…): a service account, say (see `keyward users list`)')
    .requiredOption('--name <name>', 'descriptive name, e.g. "CRM Integration"')
    .option('--expires-in-days <n>', `expiry in days (1–366); default: ${DEFAULT_EXPIRY_DAYS}, or the workspace's maximum when shorter`, days)
    .option('--no-expiry', 'a key that never expires (a security risk; refused where the workspace requires expiry)')
    .option('--workspace-id <id>', "the owner's workspace, when the email belongs to several (with --user-id: default the first)")
    .action(async (o: { user?: string; userId?: string; name: string; expiresInDays?: number; expiry: boolean; workspaceId?: string }) => {
      if (!o.expiry && o.expiresInDays !== undefined) fail('validation_error', 'Give --expires-in-days or --no-expiry, not both');
      if ((o.user === undefined) === (o.userId === undefined)) fail('validation_error', 'Give --user <email> or --user-id <id> (one of them)');
      await withServices(async (deps) => {
        const user = o.userId === undefined ? await userByEmail(deps, o.user ?? '', o.workspaceId) : await userById(deps, o.userId, o.workspaceId);
        const op = await asOperator(deps, user.workspaceId);
        const workspace = (await deps.store.workspaces.get(user.workspaceId)) ?? fail('not_found', `No workspace ${user.workspaceId}`);
        if (!o.expiry && workspace.requireKeyExpiry) {
          fail(
            'validation_error',
            `Workspace "${workspace.name}" requires every key to expire: drop --no-expiry (the default is ${DEFAULT_EXPIRY_DAYS} days) or give --expires-in-days`,
          );
        }
        if (!o.expiry)
          process.stderr.write(
            'keyward: warning: this key never expires. Keys without expiry are a security risk: a leaked one works until someone notices and revokes it.\n',
          );
        const expiresInDays = o.expiry ? (o.expiresInDays ?? Math.min(DEFAULT_EXPIRY_DAYS, workspace.maxKeyLifetimeDays)) : undefined;
        const issued = await deps.keys.create(op, { name: o.name, expiresInDays, ownerId: user.id });
        const k = issued.view.record;
        process.stderr.write(`created ${k.id} "${printable(k.name)}" for ${user.email ?? user.name}; expires ${k.expiresAt ? iso(k.expiresAt) : 'never'}\n`);
        process.stderr.write('Copy the key now: it is shown only once.\n');
        process.stdout.write(`${issued.plaintext}\n`);
      });
    });

  keys
    .command('list')
    .description("List keys (a user's, or the whole workspace's) as aligned columns")
    .option('--user <email>', "only this user's keys")
    .option('--workspace-id <id>', "the user's workspace, when the email belongs to several")
    .option('--tsv', 'tab-separated values with full ISO 8601 times, for scripts')
    .action(async (o: { user?: string; workspaceId?: string; tsv?: boolean }) => {
      await withServices(async (deps) => {
        const subject = o.user ? await userByEmail(deps, o.user, o.workspaceId) : (await deps.store.users.owners())[0];
        if (!subject) return fail('not_found', o.user ? `No user ${o.user}` : 'No users yet');
        const p = await asOperator(deps, subject.workspaceId);
        const views: KeyView[] = [];
        let after;
        do {
          const page = await deps.keys.list(p, { scope: 'workspace', userId: o.user ? subject.id : undefined, limit: 100, after });
          views.push(...page.items);
          after = page.next ?? undefined;
        } while (after);
        process.stdout.write(o.tsv ? keysTsv(views) : keysTable(views));
      });
    });

  keys
    .command('revoke')
    .description('Revoke a key at once (idempotent)')
    .argument('<id>', 'key id (key_…)')
    .action(async (id: string) => {
      await withServices(async (deps) => {
        const k = await deps.store.keys.getById(id);
        if (!k) return fail('not_found', `No key ${id}`);
        const v = await deps.keys.revoke(await asOperator(deps, k.workspaceId), id);
        process.stdout.write(`${v.record.id} "${v.record.name}" is ${v.status}\n`);
      });
    });
  return keys;
}
