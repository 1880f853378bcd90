import { Command, InvalidArgumentError } from 'commander';
import { fail } from '../errors.js';
import { asOperator, userByEmail, withServices } from './context.js';

const days = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 366) throw new InvalidArgumentError('must be a whole number of days from 1 to 366');
  return n;
};

export function keyCommands(): Command {
  const keys = new Command('keys').description('Manage API keys from the console');

  keys
    .command('create')
    .description('Create a key for a user; the key is printed once')
    .requiredOption('--user <email>', 'owner of the key')
    .requiredOption('--name <name>', 'descriptive name, e.g. "CRM Integration"')
    .option('--expires-in-days <n>', 'expiry in days (1–366); default: no expiry', days)
    .option('--workspace-id <id>', "the owner's workspace, when the email belongs to several")
    .action(async (o: { user: string; name: string; expiresInDays?: number; workspaceId?: string }) => {
      await withServices(async (deps) => {
        const user = await userByEmail(deps, o.user, o.workspaceId);
        const op = await asOperator(deps, user.workspaceId);
        const issued = await deps.keys.create(op, { name: o.name, expiresInDays: o.expiresInDays, ownerId: user.id });
        const k = issued.view.record;
        process.stderr.write(`created ${k.id} "${k.name}" for ${user.email}; expires ${k.expiresAt ? new Date(k.expiresAt).toISOString() : 'never'}\n`);
        process.stderr.write('Copy the key now: it is shown only once.\n');
        process.stdout.write(`${issued.plaintext}\n`);
      });
    });

  keys
    .command('list')
    .description("List keys (a user's, or the whole workspace's)")
    .option('--user <email>', "only this user's keys")
    .option('--workspace-id <id>', "the user's workspace, when the email belongs to several")
    .action(async (o: { user?: string; workspaceId?: string }) => {
      await withServices(async (deps) => {
        const subject = o.user ? await userByEmail(deps, o.user, o.workspaceId) : (await deps.store.users.owners())[0];
        if (!subject) return fail('not_found', o.user ? `No user ${o.user}` : 'No users yet');
        const p = await asOperator(deps, subject.workspaceId);
        let after;
        process.stdout.write('id\tname\thint\tstatus\towner\tcreated\tlast used\texpires\n');
        do {
          const page = await deps.keys.list(p, { scope: 'workspace', userId: o.user ? subject.id : undefined, limit: 100, after });
          for (const v of page.items) {
            const k = v.record;
            const t = (ms: number | null) => (ms === null ? 'never' : new Date(ms).toISOString());
            process.stdout.write(`${k.id}\t${k.name}\t${k.hint}\t${v.status}\t${v.owner.email}\t${t(k.createdAt)}\t${t(k.lastUsedAt)}\t${t(k.expiresAt)}\n`);
          }
          after = page.next ?? undefined;
        } while (after);
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
