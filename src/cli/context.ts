import { loadConfig } from '../config.js';
import type { AppDeps } from '../http/deps.js';
import { createServices } from '../keyward.js';
import { createLogger } from '../logger.js';
import type { Principal } from '../principal.js';
import type { User } from '../store/types.js';
import { sessionPermissions } from '../users/permissions.js';

/** Opens the configured store and services for one CLI command, and closes them after. */
export async function withServices<T>(fn: (deps: AppDeps) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const deps = await createServices(config, { logger: createLogger({ level: 'warn' }) });
  try {
    return await fn(deps);
  } finally {
    await deps.lastUsed.stop();
    await deps.limiter.close();
    await deps.store.close();
  }
}

/** The operator at the console acts as a given user, with that user's role. */
export async function actAs(deps: AppDeps, user: User): Promise<Principal> {
  const workspace = await deps.store.workspaces.get(user.workspaceId);
  if (!workspace) throw new Error(`workspace ${user.workspaceId} not found`);
  return {
    via: 'session',
    user,
    workspace: { id: workspace.id, name: workspace.name },
    permissions: sessionPermissions(user.role),
    ip: 'cli',
    userAgent: 'keyward-cli',
  };
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
