import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** A new signing secret in the Standard Webhooks form: `whsec_` + base64 of 24 random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/**
 * Standard Webhooks signature: base64 HMAC-SHA-256, keyed with the secret's decoded bytes, over
 * `<webhook-id>.<webhook-timestamp>.<body>`; sent as `v1,<signature>`.
 */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
}

/**
 * Signing secrets must be recoverable (the server signs with them), so they cannot be hashed: they are
 * stored AES-256-GCM encrypted (`enc1:`) under a server-side key (webhook-key.ts), which never comes from
 * the database. `plain:` rows (written before secrets were encrypted) are still read; new ones are never
 * written: with no key, WebhookService refuses to create a webhook or roll its secret.
 */
export class SecretBox {
  private readonly key: Buffer | undefined;

  constructor(serverKey: string | undefined) {
    this.key = serverKey ? Buffer.from(hkdfSync('sha256', serverKey, Buffer.alloc(0), 'keyward webhook secret v1', 32)) : undefined;
  }

  /** Whether new secrets are sealed encrypted (a server-side key is configured or generated). */
  get encrypts(): boolean {
    return this.key !== undefined;
  }

  seal(secret: string): string {
    if (!this.key) return `plain:${secret}`;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ct = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `enc1:${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${ct.toString('base64')}`;
  }

  open(stored: string): string {
    if (stored.startsWith('plain:')) return stored.slice(6);
    const [tag, iv, auth, ct] = stored.split(':');
    if (tag !== 'enc1' || !this.key) throw new Error('webhook secret is encrypted and no WEBHOOK_ENCRYPTION_KEY / KEYWARD_PEPPER is configured');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(auth, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
  }
}
