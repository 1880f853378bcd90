import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import { GENERATED_KEY_FILE, webhookEncryptionKey } from '../../src/notifications/webhook-key.js';
import { SecretBox } from '../../src/notifications/webhook-secret.js';
import { type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/backends.js';
import { anOwner } from '../support/fixtures.js';

describe('webhook secrets are encrypted by default', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('SQLite with no key configured: one is generated into the data directory on first start (0600) and read from there afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyward-key-'));
    const store = { dialect: 'sqlite' as const, location: join(dir, 'keyward.db') };
    const first = webhookEncryptionKey(testConfig(), store)!;
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = join(dir, GENERATED_KEY_FILE);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(webhookEncryptionKey(testConfig(), store)).toBe(first);
    // A configured key wins; PostgreSQL without one has none.
    expect(webhookEncryptionKey(testConfig({ webhookEncryptionKey: 'configured key 0123456789' }), store)).toBe('configured key 0123456789');
    expect(webhookEncryptionKey(testConfig(), { dialect: 'postgres', location: '' })).toBeUndefined();
    const sealed = new SecretBox(first).seal('whsec_abc');
    expect(new SecretBox(webhookEncryptionKey(testConfig(), store)).open(sealed)).toBe('whsec_abc');
  });

  it.runIf(DIALECTS.includes('sqlite'))('SQLite with no key configured: a new webhook secret is stored encrypted, never as given', async () => {
    t = await testApp({ dialect: 'sqlite', config: { webhookAllowPrivate: true, notifyIntervalMs: 0 } });
    const owner = await anOwner(t);
    const res = await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: 'http://127.0.0.1:9/x', events: ['key.revoked'] } });
    expect(res.statusCode, res.body).toBe(201);
    const { secret } = await t.store.db.selectFrom('webhooks').select('secret').executeTakeFirstOrThrow();
    expect(secret).toMatch(/^enc1:/);
    expect(secret).not.toContain(res.json().secret.slice(6));
  });

  it.runIf(DIALECTS.includes('postgres'))('PostgreSQL with no key configured: creating a webhook is refused with a problem naming the setting', async () => {
    t = await testApp({ dialect: 'postgres', config: { webhookAllowPrivate: true, notifyIntervalMs: 0, webhookEncryptionKey: undefined, pepper: undefined } });
    const owner = await anOwner(t);
    const res = await t.request({ method: 'POST', url: '/api/webhooks', as: owner, body: { url: 'http://127.0.0.1:9/x', events: ['key.revoked'] } });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'encryption_key_required', setting: 'WEBHOOK_ENCRYPTION_KEY' });
    expect(res.json().detail).toContain('WEBHOOK_ENCRYPTION_KEY');
    expect(await t.store.db.selectFrom('webhooks').select('id').execute()).toEqual([]);
  });
});
