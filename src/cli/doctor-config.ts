import type { Config } from '../config.js';

const MASK = '****';

/** A URL with its password (and any `password`/`pass` query parameter) replaced by ****. */
export function maskUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.password) u.password = MASK;
    for (const name of [...u.searchParams.keys()]) if (/^(password|pass|passwd)$/i.test(name)) u.searchParams.set(name, MASK);
    return u.toString().replace(/\/$/, raw.endsWith('/') ? '/' : '');
  } catch {
    return MASK;
  }
}

const masked = (pepper: { version: number } | null | undefined) => (pepper ? `v${pepper.version}:${MASK}` : pepper === null ? 'none' : undefined);

/**
 * The configuration as Keyward parsed it, one `[name, value]` per setting, secrets masked: peppers show
 * only their version, the webhook encryption key only that it is set, URLs lose their passwords.
 */
export function maskedConfig(config: Config): [string, string][] {
  const shown: Record<keyof Config, unknown> = {
    ...config,
    databaseUrl: config.databaseUrl && maskUrl(config.databaseUrl),
    redisUrl: config.redisUrl && maskUrl(config.redisUrl),
    smtpUrl: config.smtpUrl && maskUrl(config.smtpUrl),
    pepper: masked(config.pepper),
    previousPeppers: config.previousPeppers.map(masked),
    webhookEncryptionKey: config.webhookEncryptionKey ? MASK : undefined,
  };
  return Object.entries(shown).map(([name, value]) => [name, show(value)]);
}

function show(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)';
  return String(value);
}
