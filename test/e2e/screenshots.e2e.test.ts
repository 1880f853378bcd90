import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, type Server, buildWebOnce, launchBrowser, openTab, startServer } from './support.js';
import { PASSWORD, type Owner, anOwner, callApi, closeReveal, dialog, heading, keyRow, readRevealedKey, uniqueEmail } from './ui.js';

const OUT = join(REPO, 'test-results');

/** Screenshots of the main screens, for review (test-results/ is git-ignored). */
describe('screenshots', { timeout: 60_000 }, () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    await buildWebOnce();
    [server, browser] = await Promise.all([startServer({ ALLOW_SIGNUP: 'true' }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('saves the keys page, the new-key and reveal dialogs, and the members page', async () => {
    const { context, page, errors } = await openTab(browser, server);
    const owner = await anOwner(page, 'Olga Owner');
    await someKeys(page, owner, server);
    await someMembers(page, owner);

    await page.goto('/settings/api-keys');
    await keyRow(page, 'ak_live_').first().waitFor();
    await shoot(page, 'keys-page.png');

    // "No expiry" carries the article's warning.
    await page.getByRole('button', { name: 'New API Key' }).click();
    const form = dialog(page, 'New API Key');
    await form.getByLabel('Name').fill('Website Widget');
    await form.getByLabel('Expiry', { exact: true }).selectOption('never');
    await form.getByText('Keys without expiry are a security risk.').waitFor();
    await shoot(page, 'new-key-dialog.png');
    await form.getByLabel('Expiry', { exact: true }).selectOption('180');
    await form.getByRole('button', { name: 'Create', exact: true }).click();
    await readRevealedKey(page);
    await shoot(page, 'reveal-dialog.png');
    await closeReveal(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await heading(page, 'Members').waitFor();
    await page.locator('tbody tr').nth(3).waitFor();
    await shoot(page, 'members-page.png');

    for (const file of ['keys-page.png', 'new-key-dialog.png', 'reveal-dialog.png', 'members-page.png'])
      expect(statSync(join(OUT, file)).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await context.close();
  });
});

async function shoot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: join(OUT, file), fullPage: true, animations: 'disabled', caret: 'hide' });
}

/** A realistic list: a used key, a rolled pair, a revoked key and one without expiry. */
async function someKeys(page: Page, owner: Owner, server: Server): Promise<void> {
  const post = async (path: string, data: unknown) => {
    const res = await page.request.post(path, { headers: { 'x-csrf-token': owner.csrf }, data });
    expect(res.status(), await res.text()).toBe(201);
    return res.json();
  };
  const crm = await post('/api/keys', { name: 'CRM Integration', expires_in_days: 90 });
  expect((await callApi(server, crm.key)).status).toBe(200);
  const zapier = await post('/api/keys', { name: 'Zapier', expires_in_days: 30 });
  await post(`/api/keys/${zapier.id}/roll`, { grace_seconds: 3600 });
  const legacy = await post('/api/keys', { name: 'Legacy importer', expires_in_days: 60 });
  expect((await page.request.post(`/api/keys/${legacy.id}/revoke`, { headers: { 'x-csrf-token': owner.csrf } })).status()).toBe(200);
  await post('/api/keys', { name: 'Nightly backup' });
}

async function someMembers(page: Page, owner: Owner): Promise<void> {
  for (const [name, role] of [
    ['Ada Admin', 'admin'],
    ['Mo Member', 'member'],
    ['Vera Viewer', 'viewer'],
  ]) {
    const res = await page.request.post('/api/users', {
      headers: { 'x-csrf-token': owner.csrf },
      data: { email: uniqueEmail(role), name, password: PASSWORD, role },
    });
    expect(res.status()).toBe(201);
  }
}
