import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config.js';

/** The key file generated beside the SQLite database (in DATA_DIR) when no key is configured. */
export const GENERATED_KEY_FILE = 'webhook-encryption.key';

/**
 * The server-side key that encrypts webhook signing secrets at rest:
 * `WEBHOOK_ENCRYPTION_KEY`, else `KEYWARD_PEPPER`'s secret. Without either, SQLite (one server, one data
 * directory) gets a random key generated into the data directory on first start and read from there
 * afterwards; PostgreSQL (many instances, which must share the key) gets none, and creating a webhook is
 * then refused with `encryption_key_required`.
 */
export function webhookEncryptionKey(config: Config, store: { dialect: 'sqlite' | 'postgres'; location?: string }): string | undefined {
  if (config.webhookEncryptionKey) return config.webhookEncryptionKey;
  if (config.pepper) return config.pepper.secret;
  if (store.dialect !== 'sqlite') return undefined;
  if (!store.location || store.location === ':memory:') return randomBytes(32).toString('base64url');
  const file = join(dirname(store.location), GENERATED_KEY_FILE);
  const existing = read(file);
  if (existing) return existing;
  // Written whole under another name, then linked into place: a racing first start reads a complete key.
  const key = randomBytes(32).toString('base64url');
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, `${key}\n`, { mode: 0o600 });
  try {
    linkSync(tmp, file);
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const theirs = read(file);
    if (!theirs) throw new Error(`${file} exists but holds no key`);
    return theirs;
  } finally {
    rmSync(tmp, { force: true });
  }
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
