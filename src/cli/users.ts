import { Command, Option } from 'commander';
import { fail } from '../errors.js';
import { type Role, ROLES } from '../store/types.js';
import { normaliseEmail } from '../users/user-service.js';
import type { Services } from '../services.js';
import { asOperator, readPassword, userByEmail, withServices } from './context.js';

/**
 * The operator's way back in for a locked-out user, even the last owner: a temporary password,
 * printed once, that must be changed at the next sign-in; every session of the user ends; optionally their
 * two-factor sign-in is turned off (a lost authenticator and lost recovery codes). Audited as
 * `user.password_reset` by `operator:<login name>`.
 */
export async function resetPasswordFromConsole(
  deps: Services,
  o: { email: string; workspaceId?: string; resetTwoFactor?: boolean },
): Promise<{ userId: string; temporaryPassword: string }> {
  const user = await userByEmail(deps, o.email, o.workspaceId);
  const op = await asOperator(deps, user.workspaceId);
  const r = await deps.accounts.resetPassword(op, user.id, { resetTwoFactor: o.resetTwoFactor === true });
  return { userId: r.user.id, temporaryPassword: r.temporaryPassword };
}

export function userCommands(): Command {
  const users = new Command('users').description('Manage users from the console');

  users
    .command('create')
    .description('Create a user. With no users yet, creates the first workspace and its owner.')
    .requiredOption('--email <email>', 'email address (the sign-in name)')
    .option('--name <name>', 'display name', '')
    .addOption(new Option('--role <role>', 'role').choices([...ROLES]).default('member'))
    .option('--workspace <name>', 'workspace name for the first owner', 'My workspace')
    .option('--workspace-id <id>', 'workspace to add the user to (default: the only, or first, workspace)')
    .option('--password <password>', 'password (≥ 12 characters); prompted for, or read from stdin, when absent')
    .action(async (o: { email: string; name: string; role: Role; workspace: string; workspaceId?: string; password?: string }) => {
      const password = o.password ?? (await readPassword('Password (at least 12 characters): '));
      if (password.length < 12) fail('validation_error', 'The password must be at least 12 characters');
      const name = o.name || o.email.split('@')[0];
      await withServices(
        async (deps) => {
          if ((await deps.store.users.countAll()) === 0) {
            if (o.role !== 'owner') fail('validation_error', 'There are no users yet: the first user must be created with --role owner');
            const { user, workspace } = await deps.users.setup({ workspaceName: o.workspace, email: o.email, name, password }, null);
            process.stdout.write(`created owner ${user.email} (${user.id}) of workspace "${workspace.name}" (${workspace.id})\n`);
            return;
          }
          const workspaceId = o.workspaceId ?? (await deps.store.users.owners())[0]?.workspaceId;
          if (!workspaceId) return fail('not_found', 'No active owner found; name the workspace with --workspace-id');
          const user = await deps.users.create(await asOperator(deps, workspaceId), { email: normaliseEmail(o.email), name, password, role: o.role });
          process.stdout.write(`created ${user.role} ${user.email} (${user.id})\n`);
        },
        { createDatabase: o.role === 'owner' },
      );
    });

  users
    .command('create-service')
    .description('Create a service account: a name and a role, no email or password; it never signs in, its keys outlive people')
    .requiredOption('--name <name>', 'what it is for, e.g. "Billing sync"')
    .addOption(new Option('--role <role>', 'role').choices([...ROLES]).default('member'))
    .option('--workspace-id <id>', 'workspace to add it to (default: the only, or first, workspace)')
    .action(async (o: { name: string; role: Role; workspaceId?: string }) => {
      await withServices(async (deps) => {
        const workspaceId = o.workspaceId ?? (await deps.store.users.owners())[0]?.workspaceId;
        if (!workspaceId) return fail('not_found', 'No active owner found; name the workspace with --workspace-id');
        const user = await deps.users.create(await asOperator(deps, workspaceId), { kind: 'service', name: o.name, role: o.role });
        process.stdout.write(
          `created service account "${user.name}" (${user.id}), ${user.role}; make its keys with \`keyward keys create --user-id ${user.id}\`\n`,
        );
      });
    });

  users
    .command('list')
    .description("List a workspace's users")
    .option('--workspace-id <id>', 'workspace (default: the first)')
    .action(async (o: { workspaceId?: string }) => {
      await withServices(async (deps) => {
        const workspaceId = o.workspaceId ?? (await deps.store.users.owners())[0]?.workspaceId;
        if (!workspaceId) return fail('not_found', 'No users yet; run `keyward users create --role owner`');
        const op = await asOperator(deps, workspaceId);
        let after;
        do {
          const page = await deps.users.list(op, 100, after);
          for (const u of page.items)
            process.stdout.write(`${u.id}\t${u.email ?? '(service account)'}\t${u.role}${u.disabled ? '\tdisabled' : ''}\t${u.name}\n`);
          after = page.next ?? undefined;
        } while (after);
      });
    });
  users
    .command('reset-password')
    .description('Give a user a temporary password (printed once; they must change it at sign-in) and end their sessions')
    .requiredOption('--email <email>', 'the user to reset')
    .option('--workspace-id <id>', 'which workspace, when the email belongs to several')
    .option('--reset-two-factor', 'also turn their two-factor sign-in off (lost authenticator and recovery codes)')
    .action(async (o: { email: string; workspaceId?: string; resetTwoFactor?: boolean }) => {
      await withServices(async (deps) => {
        const r = await resetPasswordFromConsole(deps, o);
        process.stderr.write(
          `password of ${normaliseEmail(o.email)} (${r.userId}) reset; their sessions ended. The temporary password below is shown only once; it must be changed at the next sign-in.\n`,
        );
        process.stdout.write(`${r.temporaryPassword}\n`);
      });
    });
  return users;
}
