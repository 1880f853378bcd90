import { describe, expect, it } from 'vitest';
import { openTab, useServerAndBrowser } from './support.js';
import { anOwner, callApi, cell, closeReveal, createKeyInUi, hintOf, keyRow, openKeysPage, readRevealedKey } from './ui.js';

/** Revoke and roll from Settings → API Keys, checked against the real API with the keys themselves. */
describe('Settings → API Keys: revoke and roll', { timeout: 60_000 }, () => {
  const stage = useServerAndBrowser({ ALLOW_SIGNUP: 'true' });

  it('revokes a key after a confirmation naming it; its next call gets 401 revoked_api_key and the row shows Revoked', async () => {
    const { context, page, dialogs, errors } = await openTab(stage.browser, stage.server);
    await anOwner(page);
    await page.goto('/');
    await openKeysPage(page);
    const key = await createKeyInUi(page, 'Website Widget');
    await closeReveal(page);
    expect((await callApi(stage.server, key)).status).toBe(200);

    const row = keyRow(page, hintOf(key));
    await row.getByRole('button', { name: 'Revoke' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Revoke API key' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('“Website Widget”');
    expect(await confirm.textContent()).toContain(hintOf(key));
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await confirm.waitFor({ state: 'detached' });

    const after = await callApi(stage.server, key);
    expect(after.status).toBe(401);
    expect(after.json().code).toBe('revoked_api_key');
    await expect.poll(() => cell(row, 'Status').textContent()).toContain('Revoked');
    expect(await row.getByRole('button', { name: 'Revoke' }).count()).toBe(0);

    // The status filter asks the server for revoked keys only.
    await page.getByLabel('Status').selectOption('revoked');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await keyRow(page, hintOf(key)).count()).toBe(1);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('rolls a key with a 1 hour grace period: both keys work and the list links them', async () => {
    const { context, page, dialogs, errors } = await openTab(stage.browser, stage.server);
    await anOwner(page);
    await page.goto('/settings/api-keys');
    const oldKey = await createKeyInUi(page, 'Billing sync', '30');
    await closeReveal(page);

    await keyRow(page, hintOf(oldKey)).getByRole('button', { name: 'Roll' }).click();
    const roll = page.getByRole('dialog', { name: 'Roll API key' });
    expect(await roll.getByLabel('In 24 hours (default)').isChecked()).toBe(true);
    await roll.getByLabel('In 1 hour').check();
    await roll.getByRole('button', { name: 'Roll key' }).click();
    await page.getByRole('dialog', { name: 'Your rolled API key' }).waitFor();
    const newKey = await readRevealedKey(page);
    expect(newKey).not.toBe(oldKey);
    await closeReveal(page);

    expect((await callApi(stage.server, oldKey)).status).toBe(200);
    expect((await callApi(stage.server, newKey)).status).toBe(200);

    const oldRow = keyRow(page, hintOf(oldKey));
    const newRow = keyRow(page, hintOf(newKey));
    await newRow.waitFor();
    expect(await cell(newRow, 'Name').textContent()).toBe(`Billing syncReplaces ${hintOf(oldKey)}`);
    expect(await cell(oldRow, 'Name').textContent()).toBe(`Billing syncReplaced by ${hintOf(newKey)}`);
    expect(await cell(oldRow, 'Status').textContent()).toContain('Active');
    const oldExpiry = await cell(oldRow, 'Expiry').locator('time').getAttribute('datetime');
    const graceLeft = Date.parse(oldExpiry ?? '') - Date.now();
    expect(graceLeft).toBeGreaterThan(55 * 60_000);
    expect(graceLeft).toBeLessThanOrEqual(60 * 60_000);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renames a key; the key itself keeps working', async () => {
    const { context, page, errors } = await openTab(stage.browser, stage.server);
    await anOwner(page);
    await page.goto('/settings/api-keys');
    const key = await createKeyInUi(page, 'Old name');
    await closeReveal(page);
    const row = keyRow(page, hintOf(key));
    await row.getByRole('button', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename API key' });
    await rename.getByLabel('Name').fill('Warehouse sync');
    await rename.getByRole('button', { name: 'Save name' }).click();
    await rename.waitFor({ state: 'detached' });
    await expect.poll(() => cell(row, 'Name').textContent()).toBe('Warehouse sync');
    expect((await callApi(stage.server, key)).status).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});
