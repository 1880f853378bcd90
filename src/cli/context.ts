import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { type Config, loadConfig } from '../config.js';
import { fail } from '../errors.js';
import { createLogger } from '../logger.js';
import type { OperatorPrincipal } from '../principal.js';
import { type Services, closeServices, createServices } from '../services.js';
import type { User } from '../store/types.js';
import { NO_GRANTS } from '../users/custom-permissions.js';
import { operatorPermissions } from '../users/permissions.js';
import { normaliseEmail } from '../users/user-service.js';

/**
 * The embedded SQLite file is missing: the command would otherwise create an empty `./data/keyward.db`
 * beside the one the server uses, and report "no users" or "no key" about the wrong database.
 * The CLI exits 1 with this message.
 */
export class MissingDatabaseError extends Error {}

/** Why the SQLite file is missing, and how to point the CLI at the server's (undefined with DATABASE_URL or an existing file). */
export function missingDatabase(config: Pick<Config, 'databaseUrl' | 'sqliteFile'>): string | undefined {
  if (config.databaseUrl || existsSync(config.sqliteFile)) return undefined;
  return `the database file ${config.sqliteFile} does not exist yet; set DATA_DIR to the server's data directory (or DATABASE_URL to its PostgreSQL)`;
}

/**
 * Opens the configured store and services for one CLI command, and closes them after. Without the
 * SQLite file, refuses (MissingDatabaseError) unless `createDatabase` (the first owner): then warns
 * where it creates it.
 */
export async function withServices<T>(fn: (deps: Services) => Promise<T>, options: { createDatabase?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const missing = missingDatabase(config);
  if (missing && !options.createDatabase) throw new MissingDatabaseError(missing);
  if (missing) process.stderr.write(`keyward: warning: ${missing}. Creating it.\n`);
  const deps = await createServices(config, { logger: createLogger({ level: 'warn' }) });
  try {
    return await fn(deps);
  } finally {
    await closeServices(deps, { closeStore: true });
  }
}

/** Who runs the CLI, as recorded in the audit log (`operator:<login name>`). */
function operatorName(): string {
  try {
    return userInfo().username || 'console';
  } catch {
    return 'console';
  }
}

/**
 * The operator at the console, acting in one workspace: every permission there, audited as the operator
 * (never as a borrowed owner session). Service methods decide through the same `enforce` as for HTTP.
 */
export async function asOperator(deps: Services, workspaceId: string): Promise<OperatorPrincipal> {
  const workspace = (await deps.store.workspaces.get(workspaceId)) ?? fail('not_found', `No workspace ${workspaceId}`);
  const grants = workspace.customPermissions ?? NO_GRANTS;
  return {
    via: 'cli',
    operator: operatorName(),
    workspace: { id: workspace.id, name: workspace.name, customPermissions: grants },
    permissions: operatorPermissions(grants),
    ip: 'cli',
    userAgent: 'keyward-cli',
  };
}

/** The user with this email, in `workspaceId` when given; an email in several workspaces must name one. */
export async function userByEmail(deps: Services, email: string, workspaceId?: string): Promise<User> {
  const all = (await deps.store.users.findByEmail(normaliseEmail(email))).filter((u) => workspaceId === undefined || u.workspaceId === workspaceId);
  if (all.length === 0) return fail('not_found', `No user ${email}${workspaceId ? ` in workspace ${workspaceId}` : ''}`);
  if (all.length > 1)
    return fail('validation_error', `${email} belongs to several workspaces (${all.map((u) => u.workspaceId).join(', ')}): add --workspace-id`);
  const { passwordHash: _, ...user } = all[0];
  return user;
}

/** The user with this id, in `workspaceId` (default: the first workspace with an owner). */
export async function userById(deps: Services, id: string, workspaceId?: string): Promise<User> {
  const workspace = workspaceId ?? (await deps.store.users.owners())[0]?.workspaceId;
  const user = workspace === undefined ? undefined : await deps.store.users.get(workspace, id);
  return user ?? fail('not_found', `No user ${id}${workspaceId ? ` in workspace ${workspaceId}` : ''}`);
}

/** Reads a password from the terminal (hidden) or from one line of piped standard input. */
export async function readPassword(prompt: string): Promise<string> {
  const { stdin, stderr } = process;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  let pw = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      for (const ch of d.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stderr.write('\n');
          return resolve(pw);
        }
        if (ch === '\u0003') return reject(new Error('cancelled'));
        if (ch === '\u007f') pw = pw.slice(0, -1);
        else pw += ch;
      }
    };
    stdin.on('data', onData);
  });
}
